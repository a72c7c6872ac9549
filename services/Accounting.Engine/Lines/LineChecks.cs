using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>The checks the kinds share. Each reports its error on the line and returns a value
/// the kind can still compute with, so every error of a request is found in one pass.</summary>
internal static class LineChecks
{
    public const int Mass = 1 << (int)UnitFamily.Mass;
    public const int Co2Mass = 1 << (int)UnitFamily.Co2Mass;
    public const int Co2eMass = 1 << (int)UnitFamily.Co2eMass;
    public const int AnyMass = Mass | Co2Mass | Co2eMass;
    public const int GasVolume = 1 << (int)UnitFamily.GasVolume;
    public const int Energy = 1 << (int)UnitFamily.Energy;
    public const int Heat = 1 << (int)UnitFamily.Heat;

    /// <summary>The quantity in the canonical unit of its family (t, 10^4Nm3, MWh, GJ), or NaN
    /// when the unit is missing, unknown or of a family the kind does not accept.</summary>
    public static double Canonical(CalculationContext ctx, ActivityLine line, int index, double quantity, int accepted, string expected)
    {
        if (line.Unit is null)
        {
            ctx.Errors.AddForLine(line.Id, index, "unit", ErrorCodes.MissingField, "unit is required");
            return double.NaN;
        }
        var family = Units.Parse(line.Unit, out var toCanonical);
        if (family == UnitFamily.Unknown)
        {
            ctx.Errors.AddForLine(line.Id, index, "unit", ErrorCodes.UnknownUnit, $"'{line.Unit}' is not a known unit");
            return double.NaN;
        }
        if ((accepted & (1 << (int)family)) == 0)
        {
            ctx.Errors.AddForLine(line.Id, index, "unit", ErrorCodes.UnitFamilyMismatch,
                $"a {ActivityKinds.Name(line.Kind)} line is measured in {expected}, not in '{line.Unit}' ({Units.Describe(family)})");
            return double.NaN;
        }
        return quantity * toCanonical;
    }

    public static bool Present<T>(CalculationContext ctx, ActivityLine line, int index, T? value, string field)
    {
        if (value is not null && (value is not string s || s.Length > 0)) return true;
        ctx.Errors.AddForLine(line.Id, index, field, ErrorCodes.MissingField,
            $"{field} is required on a {ActivityKinds.Name(line.Kind)} line");
        return false;
    }

    /// <summary>Checks an optional value lies in [min, max]; an absent value passes.</summary>
    public static void InRange(CalculationContext ctx, ActivityLine line, int index, double? value, string field, double min, double max)
    {
        if (value is not double v || (v >= min && v <= max)) return;
        var range = double.IsPositiveInfinity(max) ? $"at least {min}" : $"between {min} and {max}";
        ctx.Errors.AddForLine(line.Id, index, field, ErrorCodes.OutOfRange, $"{field} must be {range}, not {v}");
    }

    public static void Positive(CalculationContext ctx, ActivityLine line, int index, double? value, string field)
    {
        if (value is not double v || v > 0) return;
        ctx.Errors.AddForLine(line.Id, index, field, ErrorCodes.OutOfRange, $"{field} must be greater than 0, not {v}");
    }

    public static void NotAllowed(CalculationContext ctx, ActivityLine line, int index, object? value, string field, string why)
    {
        if (value is null) return;
        ctx.Errors.AddForLine(line.Id, index, field, ErrorCodes.FieldNotAllowed, why);
    }

    /// <summary>The value if it is one of <paramref name="allowed"/> (or absent, giving the
    /// default); reports <paramref name="code"/> otherwise.</summary>
    public static string? OneOf(CalculationContext ctx, ActivityLine line, int index, string? value, string field,
        string[] allowed, string? fallback, string code = ErrorCodes.InvalidValue)
    {
        if (value is null) return fallback;
        if (Array.IndexOf(allowed, value) >= 0) return value;
        ctx.Errors.AddForLine(line.Id, index, field, code, $"{field} must be one of {string.Join(", ", allowed)}, not '{value}'");
        return null;
    }
}
