using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>fuel-conversion (加工转换, carbon balance): E_CO2 = ± Q × NCV × CC × 44/12, OF = 1;
/// an input adds, an output subtracts.</summary>
internal static class FuelConversionLine
{
    private const string Formula =
        "co2[t] = sign × Q × NCV × CC × OF × 44/12 with OF = 1 and sign +1 for input, −1 for output; heat[GJ] = Q × NCV";
    private static readonly string[] Directions = ["input", "output"];

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var fuel = FuelInputs.Fuel(ctx, line, index);
        var q = FuelInputs.Activity(ctx, line, index, quantity, fuel);
        FuelInputs.CheckMeasured(ctx, line, index);
        LineChecks.NotAllowed(ctx, line, index, line.OxidationRate, "oxidationRate",
            "a fuel-conversion line has no oxidation rate: the carbon balance takes OF = 1");
        var direction = LineChecks.Present(ctx, line, index, line.Direction, "direction")
            ? LineChecks.OneOf(ctx, line, index, line.Direction, "direction", Directions, null)
            : null;
        if (fuel is null || double.IsNaN(q) || direction is null) return null;
        if (!FuelInputs.Choose(ctx, line, index, line.Ncv, fuel.Ncv, "ncv", fuel.NcvUnit, out var ncv)
            | !FuelInputs.Choose(ctx, line, index, line.CarbonContent, fuel.CarbonContent, "carbonContent", "tC/GJ", out var cc))
            return null;

        var sign = direction == "input" ? 1.0 : -1.0;
        var heat = q * ncv.Value;
        var carbon = heat * cc.Value;
        var co2 = sign * carbon * 44.0 / 12.0;
        Emissions.AddDirectCo2(ctx, co2);
        var activity = new Intermediate(fuel.ActivityFamily == UnitFamily.Mass ? "quantity[t]" : "quantity[10^4Nm3]", q);
        return new LineResult(line.Id!, "fuel-conversion", 1, co2, false, Formula,
            [LineageInput.Line("quantity", quantity, line.Unit!), ncv, cc, LineageInput.Rule("oxidationRate", 1, "fraction")],
            [activity, new("sign", sign), new("heat[GJ]", heat), new("carbon[tC]", carbon), new("co2[t]", co2)],
            ctx.TakeLineFlags());
    }
}
