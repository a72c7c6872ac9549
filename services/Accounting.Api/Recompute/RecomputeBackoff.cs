namespace CarbonPlatform.Accounting.Recompute;

/// <summary>
/// The wait before a failed park-year is computed again: 10 s doubling with each failure, at most an hour, so a
/// park-year that cannot be computed (no grid factor for its year, factors unreachable) costs a run an hour and
/// stays visible (<c>carbon.recompute.failing</c>, its inventory <c>pending</c>) instead of running every 10 s forever.
/// New data for the park-year asks again at once.
/// </summary>
public static class RecomputeBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static TimeSpan After(int failures) =>
        TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Clamp(failures - 1, 0, 20)));
}

/// <summary>The park of a demand is not in the registry (deleted, or never registered): no run can ever compute it.</summary>
public sealed class ParkNotRegisteredException(Guid parkId) : Exception($"Park {parkId} is not in the registry.");
