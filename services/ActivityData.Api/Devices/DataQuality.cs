namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// How far a source's figures can be trusted, each share from 0 to 1: <c>coverage</c> (intervals with a reading of those the
/// window expects), <c>timeliness</c> (readings that arrived within one interval of their time), <c>evidence</c> (the
/// source's recorded lines backed by an evidence file). The score is their mean. Beside evaluation's P2/P3/L1, not part of them.
/// </summary>
public sealed record QualityScore(double Coverage, double Timeliness, double Evidence)
{
    public double Score => Math.Round((Coverage + Timeliness + Evidence) / 3, 4);

    /// <summary>A park's score: the mean of its sources' shares (an empty park has nothing to score: all zero).</summary>
    public static QualityScore Mean(IReadOnlyCollection<QualityScore> sources) => sources.Count == 0 ? new(0, 0, 0)
        : new(Round(sources.Average(s => s.Coverage)), Round(sources.Average(s => s.Timeliness)), Round(sources.Average(s => s.Evidence)));

    internal static double Round(double share) => Math.Round(Math.Clamp(share, 0, 1), 4);
}

/// <summary>The shares of <see cref="QualityScore"/> from counts. Pure.</summary>
public static class DataQuality
{
    /// <summary>
    /// <paramref name="readingTimes"/>: the times of the readings in [from, to); <paramref name="delays"/>: how long after its
    /// time each arrived; <paramref name="lines"/> / <paramref name="linesWithEvidence"/>: the source's recorded lines.
    /// </summary>
    public static QualityScore Of(DateTime from, DateTime to, TimeSpan interval, IReadOnlyCollection<DateTime> readingTimes,
        IReadOnlyCollection<TimeSpan> delays, int lines, int linesWithEvidence)
    {
        var expected = to > from ? Math.Floor((to - from) / interval) : 0;
        // Two readings in one interval fill one slot: coverage counts the intervals with a reading, not the readings.
        var filled = readingTimes.Where(t => t >= from && t < to).Select(t => (long)((t - from) / interval)).Distinct().Count();
        var coverage = expected == 0 ? 0 : filled / expected;
        var timeliness = delays.Count == 0 ? 0 : delays.Count(d => d <= interval) / (double)delays.Count;
        var evidence = lines == 0 ? 0 : linesWithEvidence / (double)lines;
        return new(QualityScore.Round(coverage), QualityScore.Round(timeliness), QualityScore.Round(evidence));
    }
}
