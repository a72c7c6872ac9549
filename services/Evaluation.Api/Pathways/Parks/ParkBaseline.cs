using System.Text.Json.Nodes;
using CarbonPlatform.Contracts.Grpc.ActivityData;
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

    private static JsonObject ToJson(ProtoLine p)
    {
        var line = new JsonObject { ["id"] = p.Id, ["kind"] = p.Kind, ["quantity"] = p.Quantity, ["unit"] = p.Unit };
        if (p.HasFuel) line["fuel"] = p.Fuel;
        if (p.HasNcv) line["ncv"] = p.Ncv;
        if (p.HasCarbonContent) line["carbonContent"] = p.CarbonContent;
        if (p.HasOxidationRate) line["oxidationRate"] = p.OxidationRate;
        if (p.HasDirection) line["direction"] = p.Direction;
        if (p.HasInternationalBunker) line["internationalBunker"] = p.InternationalBunker;
        if (p.HasCarbonate) line["carbonate"] = p.Carbonate;
        if (p.HasCalcinationFraction) line["calcinationFraction"] = p.CalcinationFraction;
        if (p.HasProduct) line["product"] = p.Product;
        if (p.HasEmissionFactor) line["emissionFactor"] = p.EmissionFactor;
        if (p.HasGas) line["gas"] = p.Gas;
        if (p.HasSource) line["source"] = p.Source;
        if (p.HasInstrument) line["instrument"] = p.Instrument;
        if (p.HasCategory) line["category"] = p.Category;
        if (p.HasSinkType) line["sinkType"] = p.SinkType;
        if (p.HasSerial) line["serial"] = p.Serial;
        return line;
    }
}
