using System.Text.Json.Nodes;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.Contracts.Grpc.Common;
using CarbonPlatform.Domain.Requests;
using Grpc.Core;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.Evaluation.Pathways.Parks;

/// <summary>
/// A park's baseline: its current activity lines of the baseline year (activity-data's ledger, streamed), as the
/// calculation request accounting computes the park's inventory from, in the target scheme's method.
/// </summary>
public sealed class ParkBaseline(ActivityLedger.ActivityLedgerClient ledger)
{
    public async Task<JsonObject> ReadAsync(ParkScope park, int year, string method, CancellationToken ct)
    {
        var lines = new JsonArray();
        using var stream = ledger.StreamLines(new StreamLinesRequest { ParkId = park.ParkId.ToString(), Year = year }, cancellationToken: ct);
        await foreach (var batch in stream.ResponseStream.ReadAllAsync(ct))
            foreach (var line in batch.Lines) lines.Add(ToJson(line));
        return new JsonObject { ["method"] = method, ["year"] = year, ["regionCode"] = park.RegionCode, ["lines"] = lines };
    }

    // The line as accounting reads one: its present fields under their JSON names, in the line's order.
    private static JsonObject ToJson(ProtoLine p)
    {
        var line = new JsonObject();
        foreach (var (name, value) in ActivityLineFields.Present(p.ToLine()))
            line[name] = value switch
            {
                double d => JsonValue.Create(d), int i => JsonValue.Create(i), bool b => JsonValue.Create(b), _ => JsonValue.Create((string)value),
            };
        return line;
    }
}
