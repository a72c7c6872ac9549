using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CarbonPlatform.ActivityData.Observability;

/// <summary>
/// Imports (activity files and meter readings): rows read, time taken (rows per second is rows over time) and imports
/// refused (a 4xx answer: invalid rows of a commit, too large, a locked year, a reused key, ...), by kind and status.
/// </summary>
public sealed class ImportMetrics : IPlatformMetrics
{
    public const string Activity = "activity-file";
    public const string Readings = "meter-readings";
    private const string RowsItem = "carbon.import.rows";
    private readonly ServiceCounter _rows;
    private readonly Histogram<double> _duration;
    private readonly ServiceCounter _refused;
    private readonly ServiceIdentity _service;

    public ImportMetrics(IMeterFactory meters, ServiceIdentity service)
    {
        _service = service;
        string[] kinds = [Activity, Readings];
        _rows = new ServiceCounter(meters, service, "carbon.import.rows", "{row}", "Rows read by imports (dry runs and commits), by kind.",
            [.. kinds.Select(k => new (string, object?)[] { ("kind", k) })]);
        _duration = PlatformMeter.Create(meters).CreateHistogram<double>("carbon.import.duration", "s", "Time an import took, by kind and mode.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });
        _refused = new ServiceCounter(meters, service, "carbon.import.refused", "{import}", "Imports answered with a 4xx (nothing recorded), by kind and status.",
            [.. kinds.Select(k => new (string, object?)[] { ("kind", k), ("status", 400) })]);
    }

    /// <summary>Called by the handler once it knows how many rows the file had.</summary>
    public static void NoteRows(HttpContext http, long rows) => http.Items[RowsItem] = rows;

    /// <summary>Times the import endpoint and records what the handler noted and how it answered.</summary>
    public static RouteHandlerBuilder Measured(RouteHandlerBuilder endpoint, string kind) => endpoint.AddEndpointFilter(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        var result = await next(context);
        var http = context.HttpContext;
        var metrics = http.RequestServices.GetRequiredService<ImportMetrics>();
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var dryRun = !string.Equals(http.Request.Query["dryRun"], "false", StringComparison.OrdinalIgnoreCase);
        if (http.Items[RowsItem] is long rows) metrics._rows.Add(rows, ("kind", kind));
        metrics._duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            PlatformMeter.Tags(metrics._service, ("kind", kind), ("mode", dryRun ? "dry-run" : "commit")));
        if (status is >= 400 and < 500) metrics._refused.Add(1, ("kind", kind), ("status", status));
        return result;
    });
}
