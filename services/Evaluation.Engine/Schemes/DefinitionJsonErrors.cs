using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>Turns a deserialization failure into an error naming the field, in the publisher's terms rather than .NET's.</summary>
internal static class DefinitionJsonErrors
{
    private static readonly Dictionary<string, string> AllowedValues = new(StringComparer.Ordinal)
    {
        ["status"] = "official, secondary-source, provisional",
        ["result"] = "pass-fail, grades",
        ["kind"] = "ratio, number, yes-no",
        ["comparison"] = "at-least, at-most, is",
        ["role"] = "core, guiding, informational, graded",
        ["source"] = "inventory, declared, management-score",
        ["outsideBands"] = "not-applicable, not-met",
        ["threshold"] = "a number, or true/false for a yes/no indicator",
        ["version"] = "a whole number from 1",
        ["certificateValidityYears"] = "a whole number of years",
    };

    /// <summary>The JSON is well-formed (checked before); a failure is a field of the wrong type or an unknown field.</summary>
    public static InputError From(JsonException ex)
    {
        var field = ex.Path is null or "$" ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
        if (ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return InputError.For(field, "unknown-field", $"'{field}' is not a field of a scheme definition.");
        }

        if (ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return InputError.For(field, "duplicate-field", $"A field is given twice in '{field}'.");
        }

        if (field == "$")
        {
            return InputError.For(field, "wrong-type", "A scheme definition is a JSON object.");
        }

        var hint = AllowedValues.TryGetValue(LastName(field), out var allowed) ? $" Expected {allowed}." : "";
        return InputError.For(field, "wrong-type", $"The value of '{field}' has the wrong type or an unknown value.{hint}");
    }

    private static string LastName(string field)
    {
        var name = field[(field.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? name[..bracket] : name;
    }
}
