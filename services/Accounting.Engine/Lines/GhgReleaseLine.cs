using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>ghg-release: CO2e = mass × GWP(gas, set) under cers-2025; under ndrc-910-2025 only
/// CO2 counts and other gases are listed as excluded.</summary>
internal static class GhgReleaseLine
{
    private const string Formula = "co2e[t] = mass[t] × GWP";
    private const string Formula910 = "co2[t] = mass[t] (ndrc-910-2025 counts CO2 only)";
    private const string Excluded910 = "excluded: ndrc-910-2025 counts CO2 only; mass[t] is reported as a memo";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var isCo2 = line.Gas == FactorRelease.Co2;
        var accepted = isCo2 ? LineChecks.Mass | LineChecks.Co2Mass : LineChecks.Mass;
        var mass = LineChecks.Canonical(ctx, line, index, quantity, accepted, isCo2 ? "t, kg, kt or tCO2" : "t, kg or kt");
        if (!LineChecks.Present(ctx, line, index, line.Gas, "gas")) return null;
        var gas = line.Gas!;
        if (!ctx.Release.IsKnownGas(gas))
        {
            ctx.Errors.AddForLine(line.Id, index, "gas", ErrorCodes.UnknownGas,
                $"'{gas}' is not a gas of the release {ctx.Release.Name}");
            return null;
        }
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        if (ctx.Ndrc)
        {
            if (double.IsNaN(mass)) return null;
            if (!isCo2)
                return new LineResult(line.Id!, "ghg-release", 1, 0, true, Excluded910, [quantityInput], [new("mass[t]", mass)], ctx.TakeLineFlags());
            ctx.Sums.Co2 += mass;
            return new LineResult(line.Id!, "ghg-release", 1, mass, false, Formula910, [quantityInput], [new("mass[t]", mass)], ctx.TakeLineFlags());
        }

        var gwp = ctx.Constants.Gwp?.GetValueOrDefault(gas);
        if (gwp is null)
        {
            if (ctx.Constants.GwpSet is not null)
                ctx.Errors.AddForLine(line.Id, index, "gas", ErrorCodes.GwpNotDefined,
                    $"the GWP set {ctx.Constants.GwpSet} gives no value for {gas}");
            return null;
        }
        if (double.IsNaN(mass)) return null;
        if (ctx.Constants.DefaultGwpSet is { } defaultSet) ctx.Use(defaultSet); // the set in force is a provisional choice
        var co2e = mass * gwp.Value;
        ctx.Sums.Scope1 += co2e;
        ctx.Sums.AddGas(ctx.Release.GasIndex(gas), mass, co2e);
        return new LineResult(line.Id!, "ghg-release", 1, co2e, false, Formula,
            [quantityInput, ctx.Factor("gwp", gwp)],
            [new("mass[t]", mass), new("co2e[t]", co2e)],
            ctx.TakeLineFlags());
    }
}
