namespace CarbonPlatform.Accounting.Storage;

/// <summary>
/// The batches of a new version in their stored order: those the latest version folded in that are still recorded,
/// in their order, then the newly recorded ones in recording order.
/// </summary>
public sealed record BatchMembership(IReadOnlyList<string> Ordered, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public static BatchMembership Next(IReadOnlyList<string> latest, IReadOnlyList<string> recorded)
    {
        var recordedSet = recorded.ToHashSet(StringComparer.Ordinal);
        var latestSet = latest.ToHashSet(StringComparer.Ordinal);
        var kept = latest.Where(recordedSet.Contains).ToList();
        var added = recorded.Where(b => !latestSet.Contains(b)).Distinct(StringComparer.Ordinal).ToList();
        return new BatchMembership([.. kept, .. added], added, latest.Where(b => !recordedSet.Contains(b)).ToList());
    }

    public string Text => string.Join(',', Ordered);
}
