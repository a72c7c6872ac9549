using CarbonPlatform.Accounting.Engine.Results;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>A line's intermediates are written as an object of named numbers (IntermediatesJsonConverter), not as an array.</summary>
public sealed class IntermediatesSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type != typeof(Intermediate[])) return Task.CompletedTask;
        schema.Type = JsonSchemaType.Object;
        schema.Items = null;
        schema.Description = "The calculation's intermediate values by name, e.g. {\"energyGJ\": 4657.3}.";
        schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" };
        return Task.CompletedTask;
    }
}
