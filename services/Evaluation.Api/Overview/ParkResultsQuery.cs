using CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>Which overview rows a caller may see and asked for, as filters the database applies.</summary>
public static class ParkResultsQuery
{
    public static IQueryable<StoredEvaluation> VisibleTo(this IQueryable<StoredEvaluation> evaluations, Caller caller) =>
        evaluations.VisibleTo(caller, e => e.OperatorOrganizationId, e => e.ParkRegionCode);

    /// <summary>The administrator sees every row, an operator its own parks', an authority its region's (the national authority all).</summary>
    public static IQueryable<ParkResultRow> VisibleTo(this IQueryable<ParkResultRow> rows, Caller caller) =>
        caller is { IsPlatformAdmin: false, IsOperator: false, IsAuthority: true } && RegionCodes.Prefix(caller.RegionCode) is { } prefix
            ? rows.InRegion(prefix) // the same rule as ParkQueryFilter, on the row's indexed region levels
            : rows.VisibleTo(caller, r => r.OperatorOrganizationId, r => r.ParkRegionCode);

    public static IQueryable<ParkResultRow> Filtered(this IQueryable<ParkResultRow> rows, ParkResultFilter f)
    {
        if (f.Year is { } year) rows = rows.Where(r => r.Year == year);
        if (f.Scheme is { } scheme) rows = rows.Where(r => r.Scheme == scheme);
        if (f.Grade is { } grade) rows = rows.Where(r => r.Grade == grade);
        if (f.Passed is { } passed) rows = rows.Where(r => r.Passed == passed);
        if (f.Status == "stale") rows = rows.Where(r => r.NewestInventoryVersion > r.InventoryVersion);
        if (f.Status == "current") rows = rows.Where(r => r.NewestInventoryVersion <= r.InventoryVersion);
        if (f.RegionPrefix is { Length: > 0 } prefix) rows = rows.InRegion(prefix);
        if (f.Certification is { } certification) rows = rows.Where(r => r.Certification == certification);
        if (f.ParkIds is { Count: > 0 } parks) rows = rows.Where(r => parks.Contains(r.ParkId));
        if (f.Text is { } text)
            rows = text.All(char.IsAsciiDigit) ? rows.Where(r => r.ParkRegionCode.StartsWith(text) || r.ParkName.Contains(text))
                : rows.Where(r => r.ParkName.Contains(text));
        return rows;
    }

    /// <summary>
    /// Certified while some application of the year is certified, not reopened and its certificate neither suspended nor
    /// revoked; then reopened, suspended, pending (a new application after a revocation is the news), revoked; or none.
    /// </summary>
    public static ParkCertification CertificationOf(IEnumerable<HoldFact> facts, IReadOnlyDictionary<Guid, string>? standings = null)
    {
        var applications = facts.GroupBy(f => f.ApplicationId).Select(g => Of(g.Select(f => f.Fact).ToHashSet(), standings?.GetValueOrDefault(g.Key))).ToList();
        foreach (var status in Precedence)
            if (applications.Contains(status)) return status;
        return ParkCertification.None;
    }

    private static readonly ParkCertification[] Precedence =
        [ParkCertification.Certified, ParkCertification.Reopened, ParkCertification.Suspended, ParkCertification.Pending, ParkCertification.Revoked];

    private static ParkCertification Of(HashSet<string> facts, string? certificate) =>
        facts.Contains(HoldFacts.Reopened) ? ParkCertification.Reopened
        : facts.Contains(HoldFacts.Certified) ? certificate switch
        {
            "revoked" => ParkCertification.Revoked,
            "suspended" => ParkCertification.Suspended,
            _ => ParkCertification.Certified,
        }
        : facts.Contains(HoldFacts.Applied) && !facts.Contains(HoldFacts.Released) ? ParkCertification.Pending
        : ParkCertification.None;
}

/// <summary>
/// The overview's filters; <see cref="RegionPrefix"/> is the significant digits of a requested region ("" for the country);
/// <see cref="ParkIds"/> the parks of one page of a list kept elsewhere (the registry's), at most <see cref="ParkResultsEndpoint.MaxParkIds"/>.
/// </summary>
public sealed record ParkResultFilter(int? Year, string? Scheme, string? Grade, bool? Passed, string? Status, string? RegionPrefix, string? Text,
    string? Certification = null, IReadOnlyList<Guid>? ParkIds = null);
