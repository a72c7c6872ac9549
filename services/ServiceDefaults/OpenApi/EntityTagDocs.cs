using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

internal sealed record AnswersEntityTag;

internal sealed record HonoursIfMatch;

public static class EntityTagEndpoints
{
    /// <summary>The answer carries the resource's ETag.</summary>
    public static RouteHandlerBuilder WithEntityTag(this RouteHandlerBuilder builder) => builder.WithMetadata(new AnswersEntityTag());

    /// <summary>The change takes If-Match: a stale tag is 412 and changes nothing.</summary>
    public static RouteHandlerBuilder WithIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new HonoursIfMatch()).ProducesProblem(StatusCodes.Status412PreconditionFailed);
}

/// <summary>Declares the ETag answer header and the If-Match request header where endpoints say they use them.</summary>
internal sealed class EntityTagHeaders : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<AnswersEntityTag>().Any() || metadata.OfType<HonoursIfMatch>().Any())
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (!status.StartsWith('2') || response is not OpenApiResponse answer) continue;
                answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
                answer.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The resource's current version: send it back in If-Match to change the resource only if nobody changed it since.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        if (metadata.OfType<HonoursIfMatch>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match", In = ParameterLocation.Header, Required = false,
                Description = "The ETag the caller read. When it is stale the answer is 412 and nothing changes; without it the change applies to the current version.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        return Task.CompletedTask;
    }
}
