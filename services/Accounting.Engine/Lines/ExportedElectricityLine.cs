using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>exported-electricity: subtracted at the factors of purchased electricity. Under
/// ndrc-910-2025 only a fossil export carries CO2; every export leaves the energy consumption.</summary>
internal static class ExportedElectricityLine
{
    public static readonly string[] Sources = ["fossil", "non-fossil"];
    private const string Formula = "co2eLocation[t] = −quantity[MWh] × F_loc; co2eMarket[t] = −quantity[MWh] × F_res";
    private const string Formula910 = "co2[t] = −quantity[MWh] × F_fossil; energy[tce] = −" + ElectricityInputs.EnergyTerm;
    private const string Formula910NonFossil =
        "co2[t] = 0 (non-fossil export); energy[tce] = −" + ElectricityInputs.EnergyTerm;

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = ElectricityInputs.Quantity(ctx, line, index, quantity);
        var source = LineChecks.OneOf(ctx, line, index, line.Source, "source", Sources, "fossil");
        if (double.IsNaN(q) || source is null) return null;
        var sums = ctx.Sums;
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        if (ctx.Ndrc)
        {
            var k = ElectricityInputs.EquivalentCoefficient(ctx);
            var energy = -q * k.Value;
            sums.EnergyTce += energy;
            if (source != "fossil")
                return new LineResult(line.Id!, "exported-electricity", 2, 0, false, Formula910NonFossil, [quantityInput, k],
                    [new("quantity[MWh]", q), new("co2[t]", 0), new("energy[tce]", energy)], ctx.TakeLineFlags());
            var factor = ElectricityInputs.FossilPowerFactor(ctx);
            var co2 = -q * factor.Value;
            sums.Co2 += co2;
            return new LineResult(line.Id!, "exported-electricity", 2, co2, false, Formula910, [quantityInput, factor, k],
                [new("quantity[MWh]", q), new("co2[t]", co2), new("energy[tce]", energy)], ctx.TakeLineFlags());
        }

        if (ctx.Grid is not { } grid) return null;
        var location = ctx.Factor("gridAverageFactor", grid.GridAverage);
        var market = ctx.Factor("residualMixFactor", grid.ResidualMix);
        var co2eLocation = -q * location.Value;
        var co2eMarket = -q * market.Value;
        sums.Scope2Location += co2eLocation;
        sums.Scope2Market += co2eMarket;
        return new LineResult(line.Id!, "exported-electricity", 2, co2eLocation, false, Formula, [quantityInput, location, market],
            [new("quantity[MWh]", q), new("co2eLocation[t]", co2eLocation), new("co2eMarket[t]", co2eMarket)],
            ctx.TakeLineFlags());
    }
}
