using CarbonPlatform.ServiceDefaults.Paging;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>Every paged list explains its limit and cursor the same way.</summary>
internal sealed class PagingParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query) continue;
            parameter.Description = parameter.Name switch
            {
                "limit" => $"The most items on the page, from 1 to {PageLimits.Max} (default {PageLimits.Default} unless the operation says otherwise).",
                "cursor" => "The nextCursor of the page before, unchanged; absent for the first page. Keep the other query parameters the same.",
                _ => parameter.Description,
            };
        }
        return Task.CompletedTask;
    }
}
