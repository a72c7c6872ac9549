using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Accounting.Inventories;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.Accounting.Answers;

/// <summary>
/// What <c>?lineage=</c> leaves out is optional in the contract: a line's formula, inputs and intermediates, and the
/// factors used; the parameter itself is an enumeration.
/// </summary>
public sealed class LineageSchema : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(LineResult))
            foreach (var name in new[] { "formula", "inputs", "intermediates" }) schema.Required?.Remove(name);
        else if (type == typeof(CalculationResult) || type == typeof(InventoryDocument))
            schema.Required?.Remove("factors");
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var parameter in operation.Parameters ?? [])
            if (parameter is OpenApiParameter { Name: LineageNames.Parameter, In: ParameterLocation.Query } lineage)
            {
                lineage.Description = LineageNames.Description;
                lineage.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = LineageNames.All.Select(n => (System.Text.Json.Nodes.JsonNode)n).ToList(),
                    Default = "full",
                };
            }
        return Task.CompletedTask;
    }
}
