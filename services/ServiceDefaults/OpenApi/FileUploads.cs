using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>A multipart/form-data upload: one binary file field, of the media types the endpoint accepts.</summary>
internal sealed record FileUpload(string Field, string Description, IReadOnlyList<string> ContentTypes);

public static class FileUploadEndpoints
{
    /// <summary>
    /// The body is multipart/form-data with the file in <paramref name="field"/>: declared as an object with a binary property,
    /// which a generated client sends as a form (Kiota: MultipartBody), not as the raw bytes of a string.
    /// </summary>
    public static RouteHandlerBuilder WithFileUpload(this RouteHandlerBuilder builder, string field, string description, IEnumerable<string> contentTypes) =>
        builder.WithMetadata(new FileUpload(field, description, [.. contentTypes])).DisableAntiforgery();
}

internal sealed class FileUploadBodies : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FileUpload>().LastOrDefault() is not { } upload) return Task.CompletedTask;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { upload.Field },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            [upload.Field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = upload.Description },
                        },
                    },
                    Encoding = new Dictionary<string, OpenApiEncoding>
                    {
                        [upload.Field] = new() { ContentType = string.Join(", ", upload.ContentTypes) },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
