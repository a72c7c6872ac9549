using System.Text.Json;

namespace CarbonPlatform.Certification.Documents;

/// <summary>Property access that names what is missing instead of throwing KeyNotFoundException.</summary>
internal static class ResultJsonAccess
{
    public static JsonElement Required(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v
            : throw new JsonException($"The evaluation result has no '{name}'.");

    public static string RequiredString(this JsonElement e, string name) =>
        e.Required(name).GetString() ?? throw new JsonException($"The evaluation result's '{name}' is not a string.");

    public static JsonElement? Optional(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static string? OptionalString(this JsonElement e, string name) => e.Optional(name)?.GetString();
}
