using CarbonPlatform.Accounting.Engine.Calculation;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>Where a direct CO2 emission goes: scope 1 and the CO2 gas (cers-2025), or the CO2
/// total (ndrc-910-2025).</summary>
internal static class Emissions
{
    public static void AddDirectCo2(CalculationContext ctx, double co2)
    {
        if (ctx.Ndrc)
        {
            ctx.Sums.Co2 += co2;
            return;
        }
        ctx.Sums.Scope1 += co2;
        ctx.Sums.AddGas(0, co2, co2);
    }
}
