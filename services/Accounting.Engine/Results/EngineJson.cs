using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Accounting.Engine.Results;

/// <summary>JSON options that give the response of api-v1.md: web defaults (camelCase, nulls
/// written), source-generated metadata for the engine's types, reflection for anything else.
/// Chinese names and formula symbols (×, −) are written as they are, not as \u escapes.</summary>
public static class EngineJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(CalculationResult result) => JsonSerializer.Serialize(result, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(EngineJsonContext.Default, new DefaultJsonTypeInfoResolver()),
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        };
        options.MakeReadOnly();
        return options;
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CalculationResult))]
[JsonSerializable(typeof(InputError))]
[JsonSerializable(typeof(IReadOnlyList<InputError>))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;
