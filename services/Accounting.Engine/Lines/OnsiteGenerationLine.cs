using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>onsite-generation: non-fossil power generated inside the boundary. No emissions in
/// either method; it counts in the ndrc-910-2025 energy consumption. (Fossil generation inside
/// the boundary is accounted through the fuel it burns.)</summary>
internal static class OnsiteGenerationLine
{
    private static readonly string[] Sources = ["non-fossil"];
    private const string Formula = "co2e[t] = 0 (non-fossil generation inside the boundary)";
    private const string Formula910 = "co2[t] = 0 (non-fossil generation inside the boundary); energy[tce] = " + ElectricityInputs.EnergyTerm;

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = ElectricityInputs.Quantity(ctx, line, index, quantity);
        var source = LineChecks.OneOf(ctx, line, index, line.Source, "source", Sources, "non-fossil");
        if (double.IsNaN(q) || source is null) return null;
        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        if (!ctx.Ndrc)
            return new LineResult(line.Id!, "onsite-generation", null, 0, false, Formula, [quantityInput],
                [new("quantity[MWh]", q)], ctx.TakeLineFlags());

        var k = ElectricityInputs.EquivalentCoefficient(ctx);
        var energy = q * k.Value;
        ctx.Sums.EnergyTce += energy;
        return new LineResult(line.Id!, "onsite-generation", null, 0, false, Formula910, [quantityInput, k],
            [new("quantity[MWh]", q), new("energy[tce]", energy)], ctx.TakeLineFlags());
    }
}
