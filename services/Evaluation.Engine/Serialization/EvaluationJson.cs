using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarbonPlatform.Evaluation.Engine.Serialization;

/// <summary>
/// JSON options of the public API: camelCase (web defaults), enums as kebab-case strings
/// (<c>not-met</c>, <c>secondary-source</c>, <c>yes-no</c>), nulls written (the API's <c>grade: null</c>).
/// </summary>
public static class EvaluationJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>For scheme definitions: the same, plus refusal of unknown properties and of enums given as numbers.</summary>
    public static JsonSerializerOptions DefinitionOptions { get; } = CreateDefinitionOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static JsonSerializerOptions CreateDefinitionOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
