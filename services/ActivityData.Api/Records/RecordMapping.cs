using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.Domain.Requests;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

using CarbonPlatform.ServiceDefaults.OpenApi;
namespace CarbonPlatform.ActivityData.Records;

public static class RecordMapping
{
    public static ActivityRecord ToRecord(this ActivityLine l, Guid parkId, int year, Guid batchId, DateTime at) => new()
    {
        ParkId = parkId, Year = year, BatchId = batchId, LineId = l.Id!, Kind = ActivityKinds.Name(l.Kind), Quantity = l.Quantity!.Value,
        Unit = l.Unit!, Fuel = l.Fuel, Ncv = l.Ncv, CarbonContent = l.CarbonContent, OxidationRate = l.OxidationRate,
        Direction = l.Direction, InternationalBunker = l.InternationalBunker, Carbonate = l.Carbonate,
        CalcinationFraction = l.CalcinationFraction, Product = l.Product, EmissionFactor = l.EmissionFactor, Gas = l.Gas,
        Source = l.Source, Instrument = l.Instrument, Category = l.Category, SinkType = l.SinkType, Serial = l.Serial, RecordedAt = at,
    };

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
