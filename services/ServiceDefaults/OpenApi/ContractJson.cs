using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>How the v1 API writes JSON: camelCase, enums as kebab-case strings (secondary-source, not 2 or SecondarySource).</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
