using System.Diagnostics;

namespace CarbonPlatform.Scale.Simulation;

public sealed record Timing(string What, int Runs, double P50, double P95, string Note = "");

public static class Timings
{
    /// <summary>Runs <paramref name="work"/> <paramref name="warmUp"/> times unmeasured, then <paramref name="runs"/> times; milliseconds.</summary>
    public static async Task<Timing> MeasureAsync(string what, int runs, Func<Task<string>> work, int warmUp = 5)
    {
        for (var i = 0; i < warmUp; i++) await work();
        var times = new List<double>(runs);
        var note = "";
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            note = await work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Timing(what, runs, Percentile(times, 0.50), Percentile(times, 0.95), note);
    }

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>The cost of adding the parks timed at one mark: medians of each part and the mean of the whole, in milliseconds.</summary>
public sealed record AddCost(int Parks, int Timed, double Median, double ActivityMedian, double EvaluationsMedian, double Mean)
{
    public static AddCost Of(int parks, IReadOnlyList<(double Activity, double Evaluations)> costs)
    {
        static double Median(IEnumerable<double> values) => Timings.Percentile(values.Order().ToList(), 0.5);
        return new AddCost(parks, costs.Count, Median(costs.Select(c => c.Activity + c.Evaluations)), Median(costs.Select(c => c.Activity)),
            Median(costs.Select(c => c.Evaluations)), costs.Average(c => c.Activity + c.Evaluations));
    }
}
