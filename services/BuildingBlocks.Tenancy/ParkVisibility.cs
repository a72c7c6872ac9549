using CarbonPlatform.ServiceDefaults.Auth;

namespace CarbonPlatform.BuildingBlocks.Tenancy;

/// <summary>
/// What a park looks like to the tenancy rules: who operates it, where it is, and which certification bodies have an open
/// application for it (the park registry keeps that from the certification service's events).
/// </summary>
public sealed record ParkScope(Guid ParkId, string Name, string RegionCode, Guid OperatorOrganizationId)
{
    public IReadOnlySet<Guid> ReviewingBodies { get; init; } = new HashSet<Guid>();
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

    public static bool CanWrite(Caller caller, ParkScope park) =>
        caller.IsPlatformAdmin
        || (caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId && caller.CanWriteParkData);
}

public static class RegionCodes
{
    /// <summary>GB/T 2260: "320000" covers every code starting "32", "320500" every code starting "3205".</summary>
    public static bool Covers(string? authorityRegion, string parkRegion) =>
        Prefix(authorityRegion) is { } prefix && parkRegion.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>The prefix an authority's region covers, or null when it covers nothing (no significant digits).</summary>
    public static string? Prefix(string? authorityRegion) =>
        !IsValid(authorityRegion) || Significant(authorityRegion!) is not { Length: > 0 } prefix ? null : prefix;

    public static string Significant(string code)
    {
        var s = code;
        while (s.Length >= 2 && s.EndsWith("00", StringComparison.Ordinal)) s = s[..^2];
        return s;
    }

    public static bool IsValid(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit) && !code.StartsWith("00", StringComparison.Ordinal);
}
