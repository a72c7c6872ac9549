using System.IO.Pipelines;
using System.Text.Json;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Answers;

/// <summary>
/// A 200 JSON answer written straight into the response body while it is produced: the writer's buffer is handed to
/// the response every <see cref="FlushBytes"/> or so, so a 10,000-line inventory never exists as one string or DOM.
/// </summary>
public sealed class StreamedJsonResult(Func<Utf8JsonWriter, Func<ValueTask>, Task> write) : IResult
{
    private const int FlushBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        PipeWriter body = http.Response.BodyWriter;
        var ct = http.RequestAborted;
        await using var writer = new Utf8JsonWriter(body, CalculationJsonWriter.WriterOptions);
        async ValueTask FlushWhenFull()
        {
            if (writer.BytesPending < FlushBytes) return;
            writer.Flush();
            await body.FlushAsync(ct);
        }
        await write(writer, FlushWhenFull);
        writer.Flush();
        await body.FlushAsync(ct);
    }

    /// <summary>A calculation result with the lineage asked for, and any properties <paramref name="extra"/> adds at its end.</summary>
    public static StreamedJsonResult For(CalculationResult result, Lineage lineage, Action<Utf8JsonWriter>? extra = null) =>
        new(async (writer, flush) =>
        {
            CalculationJsonWriter.WriteHead(writer, result);
            foreach (var line in result.Lines)
            {
                CalculationJsonWriter.WriteLine(writer, line, lineage);
                await flush();
            }
            CalculationJsonWriter.WriteTail(writer, result, lineage, extra);
        });
}
