using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>fuel-combustion: E_CO2 = Q × NCV × CC × OF × 44/12.</summary>
internal static class FuelCombustionLine
{
    private const string Formula =
        "co2[t] = Q × NCV × CC × OF × 44/12, with heat[GJ] = Q × NCV and carbon[tC] = heat × CC × OF";
    private const string Formula910 = Formula + "; energy[tce] = heat / standardCoalHeatValue";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var fuel = FuelInputs.Fuel(ctx, line, index);
        var q = FuelInputs.Activity(ctx, line, index, quantity, fuel);
        FuelInputs.CheckMeasured(ctx, line, index);
        LineChecks.InRange(ctx, line, index, line.OxidationRate, "oxidationRate", 0, 1);
        if (fuel is null || double.IsNaN(q)) return null;
        if (!FuelInputs.Choose(ctx, line, index, line.Ncv, fuel.Ncv, "ncv", fuel.NcvUnit, out var ncv)
            | !FuelInputs.Choose(ctx, line, index, line.CarbonContent, fuel.CarbonContent, "carbonContent", "tC/GJ", out var cc)
            | !FuelInputs.Choose(ctx, line, index, line.OxidationRate, fuel.OxidationRate, "oxidationRate", "fraction", out var of))
            return null;

        var heat = q * ncv.Value;
        var carbon = heat * cc.Value * of.Value;
        var co2 = carbon * 44.0 / 12.0;
        var bunker = line.InternationalBunker == true;
        var sums = ctx.Sums;
        if (bunker) sums.InternationalBunkers += co2;
        Emissions.AddDirectCo2(ctx, co2);
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        var activity = new Intermediate(fuel.ActivityFamily == UnitFamily.Mass ? "quantity[t]" : "quantity[10^4Nm3]", q);

        if (ctx.Ndrc)
        {
            var scv = ctx.Constants.StandardCoalHeatValue!;
            var energy = heat / scv.Value;
            sums.EnergyTce += energy;
            return new LineResult(line.Id!, "fuel-combustion", 1, co2, false, Formula910,
                [quantityInput, ncv, cc, of, ctx.Factor("standardCoalHeatValue", scv)],
                [activity, new("heat[GJ]", heat), new("carbon[tC]", carbon), new("co2[t]", co2), new("energy[tce]", energy)],
                ctx.TakeLineFlags(bunker));
        }
        return new LineResult(line.Id!, "fuel-combustion", 1, co2, false, Formula,
            [quantityInput, ncv, cc, of],
            [activity, new("heat[GJ]", heat), new("carbon[tC]", carbon), new("co2[t]", co2)],
            ctx.TakeLineFlags(bunker));
    }
}
