using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Accounting.Calculations;

/// <summary>The documented example of a calculation: a park's year with gas, grid electricity, scope 3 and an offset.</summary>
public static class CalculationExample
{
    public static CalculationRequest Request { get; } = new()
    {
        Method = "cers-2025",
        Year = 2025,
        RegionCode = "320571",
        Lines =
        [
            new ActivityLine { Id = "gas", Kind = ActivityKind.FuelCombustion, Quantity = 120.5, Unit = "10^4Nm3", Fuel = "natural-gas" },
            new ActivityLine { Id = "grid", Kind = ActivityKind.PurchasedElectricity, Quantity = 5000, Unit = "MWh" },
            new ActivityLine { Id = "logistics", Kind = ActivityKind.Scope3, Quantity = 300, Unit = "tCO2e", Category = 4 },
            new ActivityLine { Id = "ccer", Kind = ActivityKind.Offset, Quantity = 900, Unit = "tCO2e", Instrument = "CCER", Serial = "CCER-2025-000123" },
        ],
    };
}
