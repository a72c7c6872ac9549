using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>One entry of <c>indicators</c>: a number, a yes/no, or <c>{ "excluded": "reason" }</c>.</summary>
internal static class IndicatorInputReader
{
    public static IndicatorInput? Read(SchemeDefinition scheme, string code, JsonElement value, List<InputError> errors)
    {
        var field = $"indicators.{code}";
        var indicator = scheme.FindIndicator(code);
        if (indicator is null)
        {
            var known = string.Join(", ", scheme.Indicators.Where(i => i.Source == ValueSource.Declared).Select(i => i.Code));
            errors.Add(InputError.For(field, "unknown-indicator",
                $"{code} is not an indicator of scheme {scheme.Id}" + (known.Length > 0 ? $" (indicators to give: {known})." : "; it takes no declared indicators.")));
            return null;
        }

        if (indicator.Source != ValueSource.Declared)
        {
            errors.Add(InputError.For(field, "not-declarable",
                $"{code} is computed from the {(indicator.Source == ValueSource.Inventory ? "inventory" : "management items")} and cannot be given in the request."));
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return ReadExclusion(indicator, value, field, errors);
        }

        var max = IndicatorRegistry.FindIndicator(code)?.MaxValue;
        return ValueReading.Read(value, indicator.Kind ?? IndicatorKind.Number, max, field, errors) switch
        {
            { Number: { } n } => IndicatorInput.Of(n),
            { Flag: { } f } => IndicatorInput.Of(f),
            _ => null,
        };
    }

    private static IndicatorInput? ReadExclusion(IndicatorDefinition indicator, JsonElement value, string field, List<InputError> errors)
    {
        var before = errors.Count;
        string? reason = null;
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name != "excluded")
            {
                errors.Add(InputError.For($"{field}.{property.Name}", "unknown-field", $"An exclusion has only the field 'excluded' (the reason)."));
            }
            else if (property.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                reason = property.Value.GetString()!.Trim();
            }
        }

        if (reason is null)
        {
            errors.Add(InputError.For($"{field}.excluded", "exclusion-reason-missing", $"Excluding {indicator.Code} needs the reason as a non-empty string."));
        }
        else if (!indicator.Excludable)
        {
            errors.Add(InputError.For($"{field}.excluded", "not-excludable", $"{indicator.Code} may not be excluded."));
        }

        return errors.Count == before ? IndicatorInput.Excluded(reason!) : null;
    }
}
