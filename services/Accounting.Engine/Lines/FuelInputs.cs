using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>What fuel-combustion and fuel-conversion share: the fuel's defaults, the quantity in
/// the fuel's activity unit, and NCV and carbon content, measured (実測, on the line) or default.</summary>
internal static class FuelInputs
{
    private const int MassOrVolume = LineChecks.Mass | LineChecks.GasVolume;

    public static FuelDefaults? Fuel(CalculationContext ctx, ActivityLine line, int index)
    {
        if (!LineChecks.Present(ctx, line, index, line.Fuel, "fuel")) return null;
        var fuel = ctx.Release.Fuel(line.Fuel!);
        if (fuel is null)
            ctx.Errors.AddForLine(line.Id, index, "fuel", ErrorCodes.UnknownFuel,
                $"'{line.Fuel}' is not a fuel of the release {ctx.Release.Name}");
        return fuel;
    }

    /// <summary>The quantity in the fuel's activity unit (t or 10^4Nm3, as its row says).</summary>
    public static double Activity(CalculationContext ctx, ActivityLine line, int index, double quantity, FuelDefaults? fuel)
    {
        if (fuel is null) return LineChecks.Canonical(ctx, line, index, quantity, MassOrVolume, "t or 10^4Nm3");
        var accepted = 1 << (int)fuel.ActivityFamily;
        return LineChecks.Canonical(ctx, line, index, quantity, accepted, $"{Units.Describe(fuel.ActivityFamily)}, as the fuel {fuel.Code} is");
    }

    public static void CheckMeasured(CalculationContext ctx, ActivityLine line, int index)
    {
        LineChecks.Positive(ctx, line, index, line.Ncv, "ncv");
        LineChecks.InRange(ctx, line, index, line.CarbonContent, "carbonContent", 0, double.PositiveInfinity);
    }

    /// <summary>The measured value when the line gives one, else the release's default.</summary>
    public static bool Choose(CalculationContext ctx, ActivityLine line, int index, double? measured, FactorEntry? fallback,
        string name, string unit, out LineageInput input)
    {
        if (measured is double m)
        {
            input = LineageInput.Line(name, m, fallback?.Unit ?? unit);
            return true;
        }
        if (fallback is not null)
        {
            input = ctx.Factor(name, fallback);
            return true;
        }
        ctx.Errors.AddForLine(line.Id, index, name, ErrorCodes.FactorMissing,
            $"{name} is not on the line and the release {ctx.Release.Name} has no default for {line.Fuel}");
        input = default;
        return false;
    }
}
