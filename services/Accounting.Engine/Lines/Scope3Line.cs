using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>scope3 (cers-2025 only): CO2e = quantity when given in tCO2e, else quantity ×
/// emissionFactor (tCO2e per the line's unit). Under ndrc-910-2025 it is listed as excluded.</summary>
internal static class Scope3Line
{
    private const string FormulaDirect = "co2e[t] = quantity[tCO2e]";
    private const string FormulaActivity = "co2e[t] = quantity × emissionFactor[tCO2e per unit]";
    private const string Excluded910 = "excluded: ndrc-910-2025 does not count scope 3";

    public static LineResult? Calculate(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var hasCategory = LineChecks.Present(ctx, line, index, line.Category, "category");
        if (hasCategory && line.Category is < 1 or > 15)
        {
            ctx.Errors.AddForLine(line.Id, index, "category", ErrorCodes.UnknownScope3Category,
                $"category must be a GHG Protocol scope-3 category from 1 to 15, not {line.Category}");
            hasCategory = false;
        }
        if (!LineChecks.Present(ctx, line, index, line.Unit, "unit")) return null;
        var direct = line.Unit is Units.TCo2e or Units.TCo2;
        if (direct)
            LineChecks.NotAllowed(ctx, line, index, line.EmissionFactor, "emissionFactor",
                "a scope3 line in tCO2e is already an emission: it takes no emissionFactor");
        else if (LineChecks.Present(ctx, line, index, line.EmissionFactor, "emissionFactor"))
            LineChecks.InRange(ctx, line, index, line.EmissionFactor, "emissionFactor", 0, double.PositiveInfinity);
        if (!hasCategory || (!direct && line.EmissionFactor is null)) return null;

        var quantityInput = LineageInput.Line("quantity", quantity, line.Unit!);
        var category = line.Category!.Value;
        if (ctx.Ndrc)
            return new LineResult(line.Id!, "scope3", 3, 0, true, Excluded910, [quantityInput],
                [new("category", category)], ctx.TakeLineFlags());

        var co2e = direct ? quantity : quantity * line.EmissionFactor!.Value;
        ctx.Sums.AddScope3(category, co2e);
        LineageInput[] inputs = direct
            ? [quantityInput]
            : [quantityInput, new("emissionFactor", line.EmissionFactor!.Value, "tCO2e/" + line.Unit, LineageInput.FromLine, null)];
        return new LineResult(line.Id!, "scope3", 3, co2e, false, direct ? FormulaDirect : FormulaActivity, inputs,
            [new("category", category), new("co2e[t]", co2e)], ctx.TakeLineFlags());
    }
}
