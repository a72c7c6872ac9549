using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>The document's webhooks section: each event a subscription receives, its payload and the headers that sign it.</summary>
public sealed class WebhooksDocument : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Webhooks ??= new Dictionary<string, IOpenApiPathItem>();
        document.Webhooks[WebhookEvents.ApplicationSubmitted] = await Event<ApplicationWebhook>(document, context, "OnApplicationSubmitted",
            "An application naming the body was submitted.", ct);
        document.Webhooks[WebhookEvents.ApplicationResubmitted] = await Event<ApplicationWebhook>(document, context, "OnApplicationResubmitted",
            "The operator answered the body's request for information.", ct);
        document.Webhooks[WebhookEvents.ParkLifecycleChanged] = await Event<ParkLifecycleWebhook>(document, context, "OnParkLifecycleChanged",
            "A park the body has an application of moved in its lifecycle.", ct);
    }

    private static async Task<OpenApiPathItem> Event<T>(OpenApiDocument document, OpenApiDocumentTransformerContext context, string operationId, string summary, CancellationToken ct)
    {
        var name = typeof(T).Name;
        document.AddComponent(name, await context.GetOrCreateSchemaAsync(typeof(T), null, ct));
        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Post] = new()
                {
                    OperationId = operationId,
                    Summary = summary,
                    Description = "POSTed to the subscription's url; delivery is at least once (de-duplicate on X-Carbon-Delivery), retried with backoff "
                        + "until a 2xx. Verify X-Carbon-Signature before trusting the body: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<raw body>\")>, "
                        + "compared in constant time, with t within your tolerance (e.g. 5 minutes).",
                    Tags = new HashSet<OpenApiTagReference> { new("Webhooks", document) },
                    Parameters =
                    [
                        Header(WebhookSignature.SignatureHeader, "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" with the subscription's secret>"),
                        Header(WebhookSignature.DeliveryHeader, "The delivery's id; the same on every retry of it."),
                        Header(WebhookSignature.EventHeader, "The event type, as in the body's type."),
                    ],
                    RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchemaReference(name, document) } },
                    },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse { Description = "Received: any 2xx ends the delivery." },
                        ["400"] = new OpenApiResponse { Description = "Refused (e.g. a bad signature): the delivery is retried, then ends failed." },
                    },
                },
            },
        };
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name, In = ParameterLocation.Header, Required = true, Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
