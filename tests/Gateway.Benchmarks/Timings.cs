using System.Diagnostics;

namespace CarbonPlatform.Gateway.Benchmarks;

/// <summary>Latencies of one kind of request, in milliseconds, and their percentiles.</summary>
public sealed class Timings(string name)
{
    private readonly List<double> _ms = [];
    public string Name { get; } = name;

    public async Task<T> TimeAsync<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        _ms.Add(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    public void Add(double ms) => _ms.Add(ms);

    public double P(double q)
    {
        var sorted = _ms.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
    }

    public string Row(string extra = "") => $"| {Name} | {_ms.Count} | {P(0.5):N2} ms | {P(0.9):N2} ms | {P(0.99):N2} ms |{extra}";
}
