using CarbonPlatform.ServiceDefaults.Auth;

namespace CarbonPlatform.BuildingBlocks.Tenancy;

/// <summary>
/// What a park looks like to the tenancy rules: who operates it, where it is, and which certification bodies have an open
/// application for it (the park registry keeps that from the certification service's events).
/// </summary>
public sealed record ParkScope(Guid ParkId, string Name, string RegionCode, Guid OperatorOrganizationId)
{
    public IReadOnlySet<Guid> ReviewingBodies { get; init; } = new HashSet<Guid>();

    /// <summary>Enterprise organisations of the park its operator granted the park's totals.</summary>
    public IReadOnlySet<Guid> TotalsReaders { get; init; } = new HashSet<Guid>();
}

/// <summary>Who may see and change a park's data.</summary>
public static class ParkVisibility
{
    public static bool CanRead(Caller caller, ParkScope park) =>
        caller.IsPlatformAdmin
        || (caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId)
        || (caller.IsAuthority && RegionCodes.Covers(caller.RegionCode, park.RegionCode))
        || IsReviewing(caller, park);

    /// <summary>A certification body reads a park only while an application of that park is assigned to it and open.</summary>
    public static bool IsReviewing(Caller caller, ParkScope park) =>
        caller.IsCertificationBody && caller.Has(PlatformRoles.CertificationReviewer)
        && caller.OrganizationId is { } body && park.ReviewingBodies.Contains(body);

    /// <summary>
    /// The park's totals (inventory totals, evaluations): whoever reads the park, and an enterprise of it its operator
    /// granted them. Never its lines: those stay behind <see cref="CanRead"/>.
    /// </summary>
    public static bool CanReadTotals(Caller caller, ParkScope park) =>
        CanRead(caller, park)
        || (caller.IsEnterprise && caller.ParkId == park.ParkId && caller.OrganizationId is { } enterprise && park.TotalsReaders.Contains(enterprise));

    public static bool CanWrite(Caller caller, ParkScope park) =>
        caller.IsPlatformAdmin
        || (caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId && caller.CanWriteParkData);
}

public static class RegionCodes
{
    /// <summary>全国: the code a national authority holds; it covers every park in the country.</summary>
    public const string National = "100000";

    /// <summary>GB/T 2260: "320000" covers every code starting "32", "320500" every code starting "3205"; "100000" every code.</summary>
    public static bool Covers(string? authorityRegion, string parkRegion) =>
        Prefix(authorityRegion) is { } prefix && parkRegion.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>
    /// The prefix an authority's region covers ("" for the national code: every park), or null when it covers nothing
    /// (no significant digits).
    /// </summary>
    public static string? Prefix(string? authorityRegion) =>
        authorityRegion == National ? ""
        : !IsValid(authorityRegion) || Significant(authorityRegion!) is not { Length: > 0 } prefix ? null : prefix;

    public static string Significant(string code)
    {
        var s = code;
        while (s.Length >= 2 && s.EndsWith("00", StringComparison.Ordinal)) s = s[..^2];
        return s;
    }

    public static bool IsValid(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit) && !code.StartsWith("00", StringComparison.Ordinal);

    /// <summary>
    /// How many leading digits name a child region of this one: the country's children are provinces (2), a province's
    /// prefectures (4), a prefecture's counties (6); a county has no children below it (6). Null for an invalid code.
    /// </summary>
    public static int? ChildDigits(string? region) => Prefix(region)?.Length switch
    {
        null => null,
        0 => 2,
        <= 2 => 4,
        _ => 6,
    };

    /// <summary>The six-digit code of the child region named by a park code's first <paramref name="digits"/> digits.</summary>
    public static string ChildCode(string parkRegion, int digits) => parkRegion[..digits].PadRight(6, '0');
}
