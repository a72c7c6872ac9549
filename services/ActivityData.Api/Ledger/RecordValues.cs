using CarbonPlatform.ActivityData.Data;

namespace CarbonPlatform.ActivityData.Ledger;

public static class RecordValues
{
    /// <summary>The current value of a line becomes the corrected one (the old one stays in the ledger).</summary>
    public static void TakeValuesOf(this ActivityRecord target, ActivityRecord s)
    {
        target.Kind = s.Kind; target.Quantity = s.Quantity; target.Unit = s.Unit; target.Fuel = s.Fuel; target.Ncv = s.Ncv;
        target.CarbonContent = s.CarbonContent; target.OxidationRate = s.OxidationRate; target.Direction = s.Direction;
        target.InternationalBunker = s.InternationalBunker; target.Carbonate = s.Carbonate; target.CalcinationFraction = s.CalcinationFraction;
        target.Product = s.Product; target.EmissionFactor = s.EmissionFactor; target.Gas = s.Gas; target.Source = s.Source;
        target.Instrument = s.Instrument; target.Category = s.Category; target.SinkType = s.SinkType; target.Serial = s.Serial;
        target.SourceId = s.SourceId; target.AllocationId = s.AllocationId;
        target.BatchId = s.BatchId; target.RecordedAt = s.RecordedAt;
    }
}
