using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>carbonate-decomposition: E_CO2 = Q × stoichiometric factor × calcinationFraction.</summary>
internal static class CarbonateLine
{
    private const string Formula = "co2[t] = Q[t] × stoichiometricFactor × calcinationFraction";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = LineChecks.Canonical(ctx, line, index, quantity, LineChecks.Mass, "t, kg or kt");
        LineChecks.InRange(ctx, line, index, line.CalcinationFraction, "calcinationFraction", 0, 1);
        if (!LineChecks.Present(ctx, line, index, line.Carbonate, "carbonate")) return null;
        var carbonate = ctx.Release.Carbonate(line.Carbonate!);
        if (carbonate is null)
        {
            ctx.Errors.AddForLine(line.Id, index, "carbonate", ErrorCodes.UnknownCarbonate,
                $"'{line.Carbonate}' is not a carbonate of the release {ctx.Release.Name}");
            return null;
        }
        if (double.IsNaN(q)) return null;

        var fraction = line.CalcinationFraction is double f
            ? LineageInput.Line("calcinationFraction", f, "fraction")
            : LineageInput.Rule("calcinationFraction", 1, "fraction");
        var co2 = q * carbonate.Value * fraction.Value;
        Emissions.AddDirectCo2(ctx, co2);
        return new LineResult(line.Id!, "carbonate-decomposition", 1, co2, false, Formula,
            [LineageInput.Line("quantity", quantity, line.Unit!), ctx.Factor("stoichiometricFactor", carbonate), fraction],
            [new("quantity[t]", q), new("co2[t]", co2)],
            ctx.TakeLineFlags());
    }
}
