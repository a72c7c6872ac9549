namespace CarbonPlatform.Portal.Dashboard;

/// <summary>Lines sharing one finding: how many, and the first few ids (never thousands on a page).</summary>
public sealed record FindingGroup(string Key, string? Status, int Count, IReadOnlyList<string> Sample)
{
    public int NotShown => Count - Sample.Count;
}

/// <summary>
/// The lines that use a factor not yet confirmed, grouped by factor (the input's origin, <c>factor@release</c>) and by kind of
/// line, largest group first, as accounting's inventory summary counts them.
/// </summary>
public sealed record QualityFindings(int Lines, IReadOnlyList<FindingGroup> ByFactor, IReadOnlyList<FindingGroup> ByKind);
