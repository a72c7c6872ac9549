using CarbonPlatform.Domain.Requests;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.Accounting.Recompute;

public static class LineMapping
{
    public static ActivityLine ToLine(this ProtoLine p)
    {
        ActivityKinds.TryParse(p.Kind, out var kind);
        return new ActivityLine
        {
            Id = p.Id, Kind = kind, Quantity = p.Quantity, Unit = p.Unit,
            Fuel = p.HasFuel ? p.Fuel : null, Ncv = p.HasNcv ? p.Ncv : null, CarbonContent = p.HasCarbonContent ? p.CarbonContent : null,
            OxidationRate = p.HasOxidationRate ? p.OxidationRate : null, Direction = p.HasDirection ? p.Direction : null,
            InternationalBunker = p.HasInternationalBunker ? p.InternationalBunker : null, Carbonate = p.HasCarbonate ? p.Carbonate : null,
            CalcinationFraction = p.HasCalcinationFraction ? p.CalcinationFraction : null, Product = p.HasProduct ? p.Product : null,
            EmissionFactor = p.HasEmissionFactor ? p.EmissionFactor : null, Gas = p.HasGas ? p.Gas : null,
            Source = p.HasSource ? p.Source : null, Instrument = p.HasInstrument ? p.Instrument : null,
            Category = p.HasCategory ? p.Category : null, SinkType = p.HasSinkType ? p.SinkType : null, Serial = p.HasSerial ? p.Serial : null,
        };
    }
}
