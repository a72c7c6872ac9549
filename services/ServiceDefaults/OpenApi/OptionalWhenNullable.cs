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
        if (schema.Properties is null) return Task.CompletedTask;
        foreach (var (name, property) in schema.Properties)
        {
            // The generator writes a nullable reference as oneOf [null, X]; where X admits null too (a nullable enum, a value of
            // any type) both branches match a null and oneOf refuses it: anyOf says what is meant.
            if (property is OpenApiSchema { OneOf: { Count: 2 } branches } nullable && branches.Any(b => b.Type == JsonSchemaType.Null))
            {
                nullable.AnyOf = branches;
                nullable.OneOf = null;
            }
            if (Nullable(property)) schema.Required?.Remove(name);
        }
        return Task.CompletedTask;
    }

    private static bool Nullable(IOpenApiSchema property) =>
        property.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || property.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true
        || property.AnyOf?.Any(s => s.Type == JsonSchemaType.Null) == true;
}
