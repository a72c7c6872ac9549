using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>purchased-heat and exported-heat, both methods: ± quantity × F_heat, where F_heat is
/// the line's emissionFactor, else the method's fossil-heat factor, else 0 for non-fossil heat.
/// Under cers-2025 heat is in both scope-2 figures.</summary>
internal static class HeatLines
{
    private const string Formula = "co2[t] = quantity[GJ] × F_heat";
    private const string FormulaExported = "co2[t] = −quantity[GJ] × F_heat";
    private const string Formula910 = Formula + "; energy[tce] = quantity[GJ] / standardCoalHeatValue";
    private const string FormulaExported910 = FormulaExported + "; energy[tce] = −quantity[GJ] / standardCoalHeatValue";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = LineChecks.Canonical(ctx, line, index, quantity, LineChecks.Heat, "GJ, MJ or TJ");
        var source = LineChecks.OneOf(ctx, line, index, line.Source, "source", ExportedElectricityLine.Sources, "fossil");
        LineChecks.InRange(ctx, line, index, line.EmissionFactor, "emissionFactor", 0, double.PositiveInfinity);
        if (double.IsNaN(q) || source is null) return null;

        var exported = line.Kind == ActivityKind.ExportedHeat;
        var sign = exported ? -1.0 : 1.0;
        var kind = exported ? "exported-heat" : "purchased-heat";
        var factor = line.EmissionFactor is double f ? LineageInput.Line("heatFactor", f, "tCO2/GJ")
            : source == "fossil" ? ctx.Factor("heatFactor", ctx.Constants.HeatFossilFactor!)
            : LineageInput.Rule("heatFactor", 0, "tCO2/GJ");
        var co2 = sign * q * factor.Value;
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        var sums = ctx.Sums;
        if (ctx.Ndrc)
        {
            var scv = ctx.Factor("standardCoalHeatValue", ctx.Constants.StandardCoalHeatValue!);
            var energy = sign * q / scv.Value;
            sums.Co2 += co2;
            sums.EnergyTce += energy;
            return new LineResult(line.Id!, kind, 2, co2, false, exported ? FormulaExported910 : Formula910,
                [quantityInput, factor, scv], [new("quantity[GJ]", q), new("co2[t]", co2), new("energy[tce]", energy)],
                ctx.TakeLineFlags());
        }
        sums.Scope2Location += co2;
        sums.Scope2Market += co2;
        return new LineResult(line.Id!, kind, 2, co2, false, exported ? FormulaExported : Formula,
            [quantityInput, factor], [new("quantity[GJ]", q), new("co2[t]", co2)], ctx.TakeLineFlags());
    }
}
