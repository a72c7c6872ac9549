using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>industrial-process: E_CO2 = Q × emissionFactor (tCO2 per tonne of product).</summary>
internal static class IndustrialProcessLine
{
    private const string Formula = "co2[t] = Q[t] × emissionFactor";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = LineChecks.Canonical(ctx, line, index, quantity, LineChecks.Mass, "t, kg or kt");
        LineChecks.Present(ctx, line, index, line.Product, "product");
        var hasFactor = LineChecks.Present(ctx, line, index, line.EmissionFactor, "emissionFactor");
        LineChecks.InRange(ctx, line, index, line.EmissionFactor, "emissionFactor", 0, double.PositiveInfinity);
        if (!hasFactor || double.IsNaN(q)) return null;

        var factor = line.EmissionFactor!.Value;
        var co2 = q * factor;
        Emissions.AddDirectCo2(ctx, co2);
        return new LineResult(line.Id!, "industrial-process", 1, co2, false, Formula,
            [LineageInput.Line("quantity", quantity, line.Unit!), LineageInput.Line("emissionFactor", factor, "tCO2/t")],
            [new("quantity[t]", q), new("co2[t]", co2)],
            ctx.TakeLineFlags());
    }
}
