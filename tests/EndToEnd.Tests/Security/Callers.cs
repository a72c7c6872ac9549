namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>The hostile callers the matrix sends to every endpoint.</summary>
public enum Caller
{
    // Without a token the platform trusts: refused with 401 on every endpoint that is not public.
    Anonymous,
    ExpiredToken,
    OtherAudienceToken,
    TamperedSignature,
    AlgNone,
    // Tenant A's own administrators' tokens, still unexpired, whose access was taken away (issue 24, item 8).
    RevokedClientToken,
    DisabledPersonToken,
    EndedSessionToken,

    // Real tokens of real tenants who have no business with tenant A's park.
    OtherTenantOperator,
    OtherRegionAuthority,
    UnassignedCertificationBody,

    // Tenant A's own operator-viewer: it reads, it never writes.
    Viewer,

    // An enterprise of tenant A's park (kind enterprise, enterprise-data-entry, no sources of its own): it reaches its own
    // lines and sources of the park and nothing of the park's totals.
    ParkEnterprise,
}

public static class Callers
{
    public static readonly Caller[] WithoutTrustedToken =
        [Caller.Anonymous, Caller.ExpiredToken, Caller.OtherAudienceToken, Caller.TamperedSignature, Caller.AlgNone,
         Caller.RevokedClientToken, Caller.DisabledPersonToken, Caller.EndedSessionToken];

    /// <summary>Tenants from outside tenant A's park: another operator, an authority of another region, a body not assigned.</summary>
    public static readonly Caller[] Outsiders = [Caller.OtherTenantOperator, Caller.OtherRegionAuthority, Caller.UnassignedCertificationBody];

    /// <summary>Whoever may not see tenant A's park as a whole: the outsiders, and an enterprise inside it.</summary>
    public static readonly Caller[] InsideOrOut = [.. Outsiders, Caller.ParkEnterprise];
}
