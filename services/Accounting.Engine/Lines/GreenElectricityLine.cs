using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>green-electricity: the part of the purchased electricity that direct supply, green
/// power trades or certificates cover. It counts zero, so the line takes its quantity back out of
/// the purchased electricity at the factor that line used (market basis under cers-2025).</summary>
internal static class GreenElectricityLine
{
    public const string DirectSupply = "direct-supply";
    private static readonly string[] Instruments = [DirectSupply, "green-power-trade", "green-certificate"];
    private const string Formula = "co2eLocation[t] = 0; co2eMarket[t] = −quantity[MWh] × F_res (green electricity counts zero)";
    private const string Formula910 = "co2[t] = −quantity[MWh] × F_fossil (green electricity counts zero)";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = ElectricityInputs.Quantity(ctx, line, index, quantity);
        var instrument = LineChecks.Present(ctx, line, index, line.Instrument, "instrument")
            ? LineChecks.OneOf(ctx, line, index, line.Instrument, "instrument", Instruments, null, ErrorCodes.UnknownInstrument)
            : null;
        if (double.IsNaN(q) || instrument is null) return null;
        var sums = ctx.Sums;
        sums.GreenMWh += q;
        if (instrument == DirectSupply) sums.DirectSupplyMWh += q;
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        if (ctx.Ndrc)
        {
            var factor = ElectricityInputs.FossilPowerFactor(ctx);
            var co2 = -q * factor.Value;
            sums.Co2 += co2;
            return new LineResult(line.Id!, "green-electricity", 2, co2, false, Formula910, [quantityInput, factor],
                [new("quantity[MWh]", q), new("co2[t]", co2)], ctx.TakeLineFlags());
        }

        if (ctx.Grid is not { } grid) return null;
        var market = ctx.Factor("residualMixFactor", grid.ResidualMix);
        var co2eMarket = -q * market.Value;
        sums.Scope2Market += co2eMarket;
        return new LineResult(line.Id!, "green-electricity", 2, 0, false, Formula, [quantityInput, market],
            [new("quantity[MWh]", q), new("co2eLocation[t]", 0), new("co2eMarket[t]", co2eMarket)], ctx.TakeLineFlags());
    }
}
