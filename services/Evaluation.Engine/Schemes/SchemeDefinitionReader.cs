using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

public sealed record SchemeDefinitionReadResult(SchemeDefinition? Definition, IReadOnlyList<InputError> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;
}

/// <summary>
/// Reads a scheme definition from its JSON (the shape of the shipped files in Schemes/Definitions),
/// so that an administrator can publish a new version. Unknown properties are refused; the result is
/// validated and <see cref="SchemeDefinitionReadResult.Definition"/> is set only when valid.
/// </summary>
public static class SchemeDefinitionReader
{
    public static SchemeDefinitionReadResult Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return new(null, [InputError.For("$", "invalid-json",
                $"The definition is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).")]);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    public static SchemeDefinitionReadResult Read(JsonElement element)
    {
        try
        {
            return Validated(element.Deserialize<SchemeDefinition>(EvaluationJson.DefinitionOptions));
        }
        catch (JsonException ex)
        {
            return new(null, [DefinitionJsonErrors.From(ex)]);
        }
    }

    /// <summary>The definition as JSON that <see cref="Read(string)"/> reads back.</summary>
    public static string Write(SchemeDefinition definition) =>
        JsonSerializer.Serialize(definition, EvaluationJson.DefinitionOptions);

    private static SchemeDefinitionReadResult Validated(SchemeDefinition? definition)
    {
        if (definition is null)
        {
            return new(null, [InputError.For("$", "missing", "The scheme definition is empty (null).")]);
        }

        var errors = SchemeDefinitionValidator.Validate(definition);
        return new(errors.Count == 0 ? definition : null, errors);
    }
}
