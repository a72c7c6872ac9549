using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>The problem schema every 4xx refers to (RFC 9457 plus the platform's errors array and traceId).</summary>
internal sealed class ProblemSchema : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemResponses.SchemaName] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details. errors lists every input error found, each naming the line (for activity lines) and the field.",
            Required = new HashSet<string> { "title", "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI reference identifying the problem type."),
                ["title"] = Text("A short summary of the problem."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
                ["detail"] = Text("What happened in this case."),
                ["instance"] = Text("The request path."),
                ["traceId"] = Text("The W3C trace id of the request, for support."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Description = "Every input error, not only the first.",
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "field", "code", "message" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["line"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The lineId of the activity line at fault, or null." },
                            ["field"] = Text("The field at fault (a JSON path within the line or body)."),
                            ["code"] = Text("A stable kebab-case code, e.g. unknown-unit."),
                            ["message"] = Text("A human-readable explanation."),
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}

/// <summary>An endpoint that reads its body as JSON itself documents the record it follows (see <see cref="ContractRequest"/>).</summary>
internal sealed class RequestBodies : IOpenApiOperationTransformer
{
    /// <summary>An example shows the fields it sets, not every optional one as null.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions ExampleJson =
        new(ContractJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ContractRequest>().LastOrDefault() is not { } request) return;
        var schema = await context.GetOrCreateSchemaAsync(request.Type, null, ct);
        var name = request.Type.Name;
        context.Document!.AddComponent(name, schema);
        var media = new OpenApiMediaType { Schema = new OpenApiSchemaReference(name, context.Document) };
        if (request.Example is not null)
            media.Example = System.Text.Json.JsonSerializer.SerializeToNode(request.Example, request.Type, ExampleJson);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = media },
        };
    }
}
