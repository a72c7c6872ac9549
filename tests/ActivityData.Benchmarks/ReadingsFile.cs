using System.Globalization;
using System.Text;

namespace CarbonPlatform.ActivityData.Benchmarks;

/// <summary>A readings CSV as a meter system exports it: each meter every few minutes through the year, in time order.</summary>
public static class ReadingsFile
{
    public static string Write(Guid[] sources, int rows, int year)
    {
        var path = Path.Combine(Path.GetTempPath(), $"carbon-readings-{Guid.NewGuid():N}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("排放源编号,读数时间,数量\n");
        foreach (var (source, at, quantity) in Rows(sources, rows, year))
            writer.Write($"{source},{at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)},{quantity.ToString("R", CultureInfo.InvariantCulture)}\n");
        return path;
    }

    /// <summary>The same rows for the raw insert: interval = the year divided evenly among each meter's readings.</summary>
    public static IEnumerable<(Guid Source, DateTime At, double Quantity)> Rows(Guid[] sources, int rows, int year)
    {
        var perMeter = (rows + sources.Length - 1) / sources.Length;
        var interval = TimeSpan.FromTicks((new DateTime(year + 1, 1, 1) - new DateTime(year, 1, 1)).Ticks / perMeter);
        var start = new DateTime(year, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var meter = i % sources.Length;
            var n = i / sources.Length;
            var at = new DateTime((start + interval * n).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
            yield return (sources[meter], at, 10 + (n * 7 + meter) % 50 * 0.25);
        }
    }
}
