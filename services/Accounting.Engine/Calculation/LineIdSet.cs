namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>A per-thread set for the duplicate-id check. A fresh set for a 10,000-line request
/// lands on the large-object heap and forces full collections; reusing it keeps the engine
/// allocation-light. Sets that grew very large are let go rather than kept.</summary>
internal static class LineIdSet
{
    private const int LargestKept = 100_000;

    [ThreadStatic] private static HashSet<string>? _cached;

    public static HashSet<string> Rent()
    {
        var set = _cached ?? new HashSet<string>(StringComparer.Ordinal);
        _cached = null;
        return set;
    }

    public static void Return(HashSet<string> set)
    {
        if (set.Count > LargestKept) return;
        set.Clear();
        _cached = set;
    }
}
