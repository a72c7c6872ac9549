using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>purchased-electricity: all electricity received from outside the boundary.</summary>
internal static class PurchasedElectricityLine
{
    private const string Formula = "co2eLocation[t] = quantity[MWh] × F_loc; co2eMarket[t] = quantity[MWh] × F_res";
    private const string Formula910 = "co2[t] = quantity[MWh] × F_fossil; energy[tce] = " + ElectricityInputs.EnergyTerm;

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = ElectricityInputs.Quantity(ctx, line, index, quantity);
        if (double.IsNaN(q)) return null;
        var sums = ctx.Sums;
        sums.PurchasedMWh += q;
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        if (ctx.Ndrc)
        {
            var factor = ElectricityInputs.FossilPowerFactor(ctx);
            var k = ElectricityInputs.EquivalentCoefficient(ctx);
            var co2 = q * factor.Value;
            var energy = q * k.Value;
            sums.Co2 += co2;
            sums.EnergyTce += energy;
            return new LineResult(line.Id!, "purchased-electricity", 2, co2, false, Formula910, [quantityInput, factor, k],
                [new("quantity[MWh]", q), new("co2[t]", co2), new("energy[tce]", energy)], ctx.TakeLineFlags());
        }

        if (ctx.Grid is not { } grid) return null;
        var location = ctx.Factor("gridAverageFactor", grid.GridAverage);
        var market = ctx.Factor("residualMixFactor", grid.ResidualMix);
        var co2eLocation = q * location.Value;
        var co2eMarket = q * market.Value;
        sums.Scope2Location += co2eLocation;
        sums.Scope2Market += co2eMarket;
        return new LineResult(line.Id!, "purchased-electricity", 2, co2eLocation, false, Formula, [quantityInput, location, market],
            [new("quantity[MWh]", q), new("co2eLocation[t]", co2eLocation), new("co2eMarket[t]", co2eMarket)],
            ctx.TakeLineFlags());
    }
}
