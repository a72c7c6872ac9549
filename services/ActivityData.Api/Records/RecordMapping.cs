using CarbonPlatform.ServiceDefaults.OpenApi;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.ActivityData.Records;

/// <summary>An activity line and its record, both ways; the record to the gRPC line and to the API's view.</summary>
public static class RecordMapping
{
    /// <summary>A new record of the line (its id is the record's line id).</summary>
    public static ActivityRecord ToRecord(this ActivityLine l, Guid parkId, int year, Guid batchId, DateTime at) =>
        new ActivityRecord { ParkId = parkId, Year = year, LineId = l.Id!, Kind = "", Unit = "" }.Take(l, batchId, at);

    /// <summary>The line's values become the record's current values (a correction: the old ones stay in the ledger).</summary>
    public static ActivityRecord Take(this ActivityRecord r, ActivityLine l, Guid batchId, DateTime at)
    {
        r.BatchId = batchId; r.RecordedAt = at; r.Kind = ActivityKinds.Name(l.Kind); r.Quantity = l.Quantity!.Value; r.Unit = l.Unit!;
        r.Fuel = l.Fuel; r.Ncv = l.Ncv; r.CarbonContent = l.CarbonContent; r.OxidationRate = l.OxidationRate; r.Direction = l.Direction;
        r.InternationalBunker = l.InternationalBunker; r.Carbonate = l.Carbonate; r.CalcinationFraction = l.CalcinationFraction;
        r.Product = l.Product; r.EmissionFactor = l.EmissionFactor; r.Gas = l.Gas; r.Source = l.Source; r.Instrument = l.Instrument;
        r.Category = l.Category; r.SinkType = l.SinkType; r.Serial = l.Serial;
        return r;
    }

    public static ProtoLine ToProto(this ActivityRecord r)
    {
        var p = new ProtoLine { Id = r.LineId, Kind = r.Kind, Quantity = r.Quantity, Unit = r.Unit };
        if (r.Fuel is not null) p.Fuel = r.Fuel;
        if (r.Ncv is { } ncv) p.Ncv = ncv;
        if (r.CarbonContent is { } cc) p.CarbonContent = cc;
        if (r.OxidationRate is { } of) p.OxidationRate = of;
        if (r.Direction is not null) p.Direction = r.Direction;
        if (r.InternationalBunker is { } bunker) p.InternationalBunker = bunker;
        if (r.Carbonate is not null) p.Carbonate = r.Carbonate;
        if (r.CalcinationFraction is { } cf) p.CalcinationFraction = cf;
        if (r.Product is not null) p.Product = r.Product;
        if (r.EmissionFactor is { } ef) p.EmissionFactor = ef;
        if (r.Gas is not null) p.Gas = r.Gas;
        if (r.Source is not null) p.Source = r.Source;
        if (r.Instrument is not null) p.Instrument = r.Instrument;
        if (r.Category is { } category) p.Category = category;
        if (r.SinkType is not null) p.SinkType = r.SinkType;
        if (r.Serial is not null) p.Serial = r.Serial;
        return p;
    }

    public static ActivityRecordView View(this ActivityRecord r) => new(r.LineId, ContractEnums.Parse<ActivityKind>(r.Kind), r.Quantity, r.Unit, r.Fuel,
        r.Ncv, r.CarbonContent, r.OxidationRate, r.Direction, r.InternationalBunker, r.Carbonate, r.CalcinationFraction, r.Product, r.EmissionFactor,
        r.Gas, r.Source, r.Instrument, r.Category, r.SinkType, r.Serial, r.SourceId, r.BatchId, DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc), r.AllocationId);
}
