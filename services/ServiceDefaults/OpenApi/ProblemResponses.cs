using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Every 4xx the platform answers is an RFC 9457 problem with an errors array: declared on each operation, 400 where the
/// operation reads a body or parameters, 401 and 403 where it needs a token, 404 where a path names a resource.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public const string SchemaName = "Problem";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        operation.Responses ??= [];
        var declared = description.SupportedResponseTypes.Select(r => r.StatusCode).ToHashSet();
        if (description.ParameterDescriptions.Count > 0 || operation.RequestBody is not null) Add(operation, 400, "The request is invalid: errors names each line and field.");
        if (!anonymous)
        {
            Add(operation, 401, "No valid token for this service's audience.");
            Add(operation, 403, "The caller's organisation or role may not do this.");
        }
        if (description.RelativePath?.Contains('{') == true) Add(operation, 404, "The resource does not exist or is not visible to the caller.");
        foreach (var status in declared.Where(s => s >= 400 && s < 500)) Add(operation, status, Reason(status));
        return Task.CompletedTask;
    }

    private static string Reason(int status) => status switch
    {
        409 => "The request conflicts with the current state.",
        412 => "The resource changed since the caller read it (If-Match is stale).",
        413 => "The body is larger than the endpoint accepts.",
        422 => "The request is well formed but cannot be processed.",
        428 => "If-Match is required.",
        _ => "The request was refused.",
    };

    private static void Add(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = new OpenApiResponse
        {
            Description = operation.Responses!.TryGetValue(key, out var existing) && !string.IsNullOrEmpty(existing.Description) && existing.Description != "Bad Request" && existing.Description != "Not Found" && existing.Description != "Conflict"
                ? existing.Description : description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(SchemaName) },
            },
        };
        operation.Responses[key] = response;
    }
}
