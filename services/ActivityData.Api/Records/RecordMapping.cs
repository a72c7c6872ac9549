namespace CarbonPlatform.ActivityData.Records;

/// <summary>
/// An activity line and its record, one mapping each way (the line is the definition: <see cref="ActivityLine"/>); the
/// line to the API's view. The wire takes the line (<c>ActivityLineProto</c>), the ledger its values (<see cref="LineValues"/>).
/// </summary>
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

    /// <summary>The record's current values as the line (a kind stored under no kind's name reads as the first kind, as the wire's did).</summary>
    public static ActivityLine ToLine(this ActivityRecord r) => new()
    {
        Id = r.LineId, Kind = ActivityKinds.TryParse(r.Kind, out var kind) ? kind : default, Quantity = r.Quantity, Unit = r.Unit,
        Fuel = r.Fuel, Ncv = r.Ncv, CarbonContent = r.CarbonContent, OxidationRate = r.OxidationRate, Direction = r.Direction,
        InternationalBunker = r.InternationalBunker, Carbonate = r.Carbonate, CalcinationFraction = r.CalcinationFraction,
        Product = r.Product, EmissionFactor = r.EmissionFactor, Gas = r.Gas, Source = r.Source, Instrument = r.Instrument,
        Category = r.Category, SinkType = r.SinkType, Serial = r.Serial,
    };

    /// <summary>The API's view of a recorded line: the line and where it stands (source, batch, time, allocation).</summary>
    public static ActivityRecordView View(this ActivityRecord r)
    {
        var l = r.ToLine();
        return new(l.Id!, ContractEnums.Parse<ActivityKind>(r.Kind), l.Quantity!.Value, l.Unit!, l.Fuel, l.Ncv, l.CarbonContent, l.OxidationRate,
            l.Direction, l.InternationalBunker, l.Carbonate, l.CalcinationFraction, l.Product, l.EmissionFactor, l.Gas, l.Source, l.Instrument,
            l.Category, l.SinkType, l.Serial, r.SourceId, r.BatchId, DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc), r.AllocationId);
    }
}
