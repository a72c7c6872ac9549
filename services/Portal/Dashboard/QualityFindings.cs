using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Dashboard;

/// <summary>Lines sharing one finding: how many, and the first few ids (never thousands on a page).</summary>
public sealed record FindingGroup(string Key, string? Status, int Count, IReadOnlyList<string> Sample)
{
    public int NotShown => Count - Sample.Count;
}

/// <summary>
/// The lines that use a factor not yet confirmed, grouped by factor (the input's origin, <c>factor@release</c>) and by kind of
/// line, largest group first. Pure.
/// </summary>
public sealed record QualityFindings(int Lines, IReadOnlyList<FindingGroup> ByFactor, IReadOnlyList<FindingGroup> ByKind)
{
    public const int SampleSize = 12;

    public static QualityFindings Unverified(IEnumerable<InventoryLine> lines)
    {
        var flagged = lines.Where(IsUnverified).ToList();
        var byFactor = flagged
            .SelectMany(l => Unconfirmed(l).Select(i => (Factor: i.Origin ?? i.Name, i.Status, Line: l.Id)))
            .GroupBy(x => (x.Factor, x.Status))
            .Select(g => Group(g.Key.Factor, g.Key.Status, g.Select(x => x.Line).Distinct()));
        var byKind = flagged.GroupBy(l => l.Kind).Select(g => Group(g.Key, null, g.Select(l => l.Id)));
        return new QualityFindings(flagged.Count, Largest(byFactor), Largest(byKind));
    }

    public static bool IsUnverified(InventoryLine line) =>
        line.Flags?.Contains("unverified-factor") == true || Unconfirmed(line).Any();

    private static IEnumerable<LineInput> Unconfirmed(InventoryLine line) =>
        line.Inputs.Where(i => i.Status is { } status && status != "confirmed");

    private static FindingGroup Group(string key, string? status, IEnumerable<string> ids)
    {
        var all = ids.ToList();
        return new FindingGroup(key, status, all.Count, all.Take(SampleSize).ToList());
    }

    private static List<FindingGroup> Largest(IEnumerable<FindingGroup> groups) =>
        groups.OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
}
