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
        // Numbers are JSON numbers: the web defaults also read "2025" for 2025, which the contract would then have to
        // describe as integer-or-string for every number.
        options.NumberHandling = JsonNumberHandling.Strict;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
