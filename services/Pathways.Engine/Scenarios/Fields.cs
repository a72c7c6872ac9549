using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Pathways.Engine.Scenarios;

/// <summary>Reads typed fields of one JSON object, recording an error named by its path for each wrong one.</summary>
internal sealed class Fields(JsonElement element, string path, List<InputError> errors)
{
    public string Path(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public bool Has(string name) => element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public void Error(string name, string code, string message) => errors.Add(InputError.For(Path(name), code, message));

    public string? String(string name, bool required = false)
    {
        if (!element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(name, "missing-field", $"{name} is required.");
            return null;
        }
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        Error(name, "invalid-type", $"{name} must be a string.");
        return null;
    }

    public double? Number(string name, bool required = false, double? min = null, double? max = null, bool above = false)
    {
        if (!element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(name, "missing-field", $"{name} is required.");
            return null;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            Error(name, "invalid-type", $"{name} must be a number.");
            return null;
        }
        if (min is { } lo && (above ? d <= lo : d < lo) || max is { } hi && d > hi)
        {
            Error(name, "out-of-range", $"{name} must be {(above ? "greater than" : "at least")} {Show(min)}{(max is null ? "" : $" and at most {max}")}, not {d}.");
            return null;
        }
        return d;

        static string Show(double? m) => m?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-∞";
    }

    public int? Integer(string name, bool required = false, int? min = null, int? max = null)
    {
        var d = Number(name, required);
        if (d is null) return null;
        if (d != Math.Floor(d.Value) || d < int.MinValue || d > int.MaxValue)
        {
            Error(name, "invalid-type", $"{name} must be a whole number.");
            return null;
        }
        var i = (int)d.Value;
        if (i < min || i > max)
        {
            Error(name, "out-of-range", $"{name} must be between {min} and {max}, not {i}.");
            return null;
        }
        return i;
    }

    public JsonElement? Object(string name, bool required = false)
    {
        if (element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object) return v;
        if (required || Has(name)) Error(name, Has(name) ? "invalid-type" : "missing-field", $"{name} must be an object.");
        return null;
    }
}
