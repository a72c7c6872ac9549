using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>Inputs the electricity kinds share.</summary>
internal static class ElectricityInputs
{
    /// <summary>Electricity at its equivalent value (等价值): MWh × kgce/kWh gives tce.</summary>
    public const string EnergyTerm = "quantity[MWh] × k_elec[kgce/kWh] (1000 kWh/MWh, 1000 kgce/tce)";

    public static double Quantity(CalculationContext ctx, ActivityLine line, int index, double quantity) =>
        LineChecks.Canonical(ctx, line, index, quantity, LineChecks.Energy, "MWh, kWh or GWh");

    /// <summary>k_elec (ndrc-910-2025): the request's value, else the release's default.</summary>
    public static LineageInput EquivalentCoefficient(CalculationContext ctx) =>
        ctx.Request.ElectricityEquivalentCoefficient is double k
            ? new LineageInput("electricityEquivalentCoefficient", k, "kgce/kWh", LineageInput.FromRequest, null)
            : ctx.Factor("electricityEquivalentCoefficient", ctx.Constants.ElectricityEquivalentCoefficient!);

    public static LineageInput FossilPowerFactor(CalculationContext ctx) =>
        ctx.Factor("fossilPowerFactor", ctx.Constants.ElectricityFossilFactor!);
}
