namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A value of a meter's register at a moment (park local time).</summary>
public readonly record struct RegisterReading(DateTime At, double Value);

/// <summary>What a device's readings are measured against: how often it reports, its register's factor, the largest plausible interval.</summary>
public sealed record MeterProfile(TimeSpan Interval, double Multiplier, double? JumpBound);

/// <summary>Something wrong in a device's readings: <c>gap</c>, <c>jump</c> or <c>reset</c>, from <see cref="Since"/> to <see cref="At"/>.</summary>
public sealed record MeterFlag(string Kind, DateTime Since, DateTime At, double? Quantity, string Message);

/// <summary>
/// A device's register readings turned into interval quantities and flags. Pure: the readings come sorted by time and
/// may have arrived in any order, so nothing here depends on when they arrived.
/// </summary>
public static class MeterSeries
{
    public const string Gap = "gap", Jump = "jump", Reset = "reset";

    /// <summary>Half an interval of slack: meters' clocks and networks jitter; a whole reading missing is past 1.5 intervals.</summary>
    public const double GapTolerance = 1.5;

    /// <summary>
    /// The quantity of each interval, at the reading that ends it: Δregister × multiplier. After a reset (the register went
    /// backwards) the counter restarted from zero, so the interval's quantity is the new value × multiplier.
    /// </summary>
    public static IEnumerable<(DateTime At, double Quantity)> Intervals(IReadOnlyList<RegisterReading> sorted, MeterProfile profile)
    {
        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, current) = (sorted[i - 1].Value, sorted[i].Value);
            yield return (sorted[i].At, (current >= previous ? current - previous : current) * profile.Multiplier);
        }
    }

    /// <summary>Every gap, jump and reset in the readings, and a trailing gap when the meter has been silent too long by <paramref name="now"/>.</summary>
    public static IReadOnlyList<MeterFlag> Flags(IReadOnlyList<RegisterReading> sorted, MeterProfile profile, DateTime now)
    {
        var flags = new List<MeterFlag>();
        var allowed = profile.Interval * GapTolerance;
        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, current) = (sorted[i - 1], sorted[i]);
            if (current.At - previous.At > allowed)
                flags.Add(new(Gap, previous.At, current.At, null, $"No reading for {Describe(current.At - previous.At)} (the meter reports every {Describe(profile.Interval)})."));
            if (current.Value < previous.Value)
                flags.Add(new(Reset, previous.At, current.At, null, $"The register went back from {previous.Value} to {current.Value}: counted from zero again."));
            else if ((current.Value - previous.Value) * profile.Multiplier is var quantity && profile.JumpBound is { } bound && quantity > bound)
                flags.Add(new(Jump, previous.At, current.At, quantity, $"{quantity} in one interval is beyond the stated bound {bound}."));
        }
        if (sorted.Count > 0 && now - sorted[^1].At > allowed)
            flags.Add(new(Gap, sorted[^1].At, now, null, $"Silent since its last reading {Describe(now - sorted[^1].At)} ago."));
        return flags;
    }

    private static string Describe(TimeSpan span) => span.TotalHours >= 48 ? $"{span.TotalDays:0.#} days"
        : span.TotalMinutes >= 120 ? $"{span.TotalHours:0.#} hours" : $"{span.TotalMinutes:0} minutes";
}
