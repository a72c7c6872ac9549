using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>co2-recovery: subtracted from scope 1 under cers-2025; a memo, not deducted, under
/// ndrc-910-2025.</summary>
internal static class Co2RecoveryLine
{
    private const string Formula = "co2[t] = −Q[t] (recovered CO2 is subtracted from scope 1)";
    private const string Excluded910 = "excluded: ndrc-910-2025 does not deduct recovered CO2; quantity[t] is a memo";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = LineChecks.Canonical(ctx, line, index, quantity, LineChecks.Mass | LineChecks.Co2Mass, "t, kg, kt or tCO2");
        if (double.IsNaN(q)) return null;
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        if (ctx.Ndrc)
            return new LineResult(line.Id!, "co2-recovery", 1, 0, true, Excluded910, [quantityInput], [new("quantity[t]", q)], ctx.TakeLineFlags());

        var co2 = -q;
        ctx.Sums.Scope1 += co2;
        ctx.Sums.AddGas(0, co2, co2);
        return new LineResult(line.Id!, "co2-recovery", 1, co2, false, Formula, [quantityInput],
            [new("quantity[t]", q), new("co2[t]", co2)], ctx.TakeLineFlags());
    }
}
