using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// A property that may be null may also be left out: a request omits what it does not set, and an answer's null and
/// absent mean the same. The generator marks every record parameter required; this keeps required for what never is null.
/// </summary>
internal sealed class OptionalWhenNullable : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (schema.Required is not { Count: > 0 } required || schema.Properties is null) return Task.CompletedTask;
        foreach (var (name, property) in schema.Properties)
            if (Nullable(property)) required.Remove(name);
        return Task.CompletedTask;
    }

    private static bool Nullable(IOpenApiSchema property) =>
        property.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || property.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true
        || property.AnyOf?.Any(s => s.Type == JsonSchemaType.Null) == true;
}
