using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>What was read, and every error found; the inputs are usable only when there is no error.</summary>
public sealed record EvaluationInputsReadResult(EvaluationInputs Inputs, IReadOnlyList<InputError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads the request's <c>indicators</c> and <c>management</c> objects against a scheme. Every value read
/// from a request is <see cref="ValueProvenance.Declared"/>; lay computed values over them with
/// <see cref="EvaluationInputs.WithComputedManagement"/>. A JSON null counts as no value.
/// </summary>
public static class EvaluationInputReader
{
    public static EvaluationInputsReadResult Read(SchemeDefinition scheme, JsonElement? indicators, JsonElement? management)
    {
        var errors = new List<InputError>();
        var inputs = EvaluationInputs.Empty;
        foreach (var (code, value) in Properties(indicators, "indicators", errors))
        {
            if (IndicatorInputReader.Read(scheme, code, value, errors) is { } input)
            {
                inputs = inputs.WithIndicator(code, input);
            }
        }

        foreach (var (code, value) in Properties(management, "management", errors))
        {
            if (ManagementInputReader.Read(scheme, code, value, errors) is { } input)
            {
                inputs = inputs.WithManagement(code, input);
            }
        }

        return new EvaluationInputsReadResult(inputs, errors);
    }

    private static IEnumerable<(string Code, JsonElement Value)> Properties(JsonElement? element, string field, List<InputError> errors)
    {
        if (element is not { } e || e.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            yield break;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(InputError.For(field, "not-an-object", $"'{field}' must be an object keyed by code."));
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                errors.Add(InputError.For($"{field}.{property.Name}", "duplicate", $"{property.Name} is given more than once."));
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                yield return (property.Name, property.Value);
            }
        }
    }
}
