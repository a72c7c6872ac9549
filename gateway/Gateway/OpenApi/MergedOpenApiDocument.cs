using System.Text.Json.Nodes;
using Yarp.ReverseProxy.Configuration;

namespace CarbonPlatform.Gateway.OpenApi;

/// <summary>One OpenAPI description of the whole v1 API, merged from every service's own document.</summary>
public sealed class MergedOpenApiDocument(IProxyConfigProvider proxy, IHttpClientFactory clients, ILogger<MergedOpenApiDocument> log)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private (JsonObject Document, DateTime At)? _cached;

    public const string ClientName = "openapi";

    /// <summary>The merged document, and the services whose documents could not be had (then it is served, not kept).</summary>
    public async Task<(JsonObject Document, IReadOnlyList<string> Missing)> GetAsync(CancellationToken ct)
    {
        if (_cached is { } c && DateTime.UtcNow - c.At < Lifetime) return (c.Document, []);
        var http = clients.CreateClient(ClientName);
        // The portal serves pages, not API: its cluster says so in its metadata.
        var clusters = proxy.GetConfig().Clusters.Where(c => c.Metadata?.GetValueOrDefault("OpenApi") != "none").ToList();
        // A service's first document is generated on demand, slowly on a cold process: asked for all at once.
        var documents = await Task.WhenAll(clusters.Select(async cluster =>
        {
            var address = cluster.Destinations!.Values.First().Address.TrimEnd('/');
            try { return (cluster.ClusterId, Document: JsonNode.Parse(await http.GetStringAsync(address + "/openapi/v1.json", ct))!.AsObject()); }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                log.LogWarning("OpenAPI document of {Cluster} unavailable: {Error}", cluster.ClusterId, e.Message);
                return (cluster.ClusterId, Document: (JsonObject?)null);
            }
        }));
        var merged = Skeleton();
        var paths = merged["paths"]!.AsObject();
        var webhooks = merged["webhooks"]!.AsObject();
        var schemas = merged["components"]!["schemas"]!.AsObject();
        foreach (var (_, document) in documents)
        {
            if (document is null) continue;
            foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
                if (path.StartsWith("/api/v1", StringComparison.Ordinal) && !paths.ContainsKey(path)) paths[path] = Secured(item!.DeepClone().AsObject());
            foreach (var (name, item) in document["webhooks"]?.AsObject() ?? [])
                if (!webhooks.ContainsKey(name)) webhooks[name] = item!.DeepClone();
            foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
                if (!schemas.ContainsKey(name)) schemas[name] = schema!.DeepClone();
        }
        DeadLetterPaths.Route(paths);
        var missing = documents.Where(d => d.Document is null).Select(d => d.ClusterId).ToList();
        if (missing.Count == 0) _cached = (merged, DateTime.UtcNow);
        return (merged, missing);
    }

    /// <summary>An operation that cannot answer 401 needs no token: it says so (security: []) against the document's default.</summary>
    private static JsonObject Secured(JsonObject pathItem)
    {
        foreach (var (_, operation) in pathItem)
            if (operation is JsonObject o && o["responses"] is JsonObject responses && !responses.ContainsKey("401")) o["security"] = new JsonArray();
        return pathItem;
    }

    private static JsonObject Skeleton() => new()
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = "CarbonPlatform API v1",
            ["version"] = "v1",
            ["license"] = new JsonObject { ["name"] = "Proprietary", ["identifier"] = "LicenseRef-CarbonPlatform" },
            ["description"] = "Carbon-neutral industrial parks: accounting, evaluation and certification (《碳中和产业园区评价》, 发改环资〔2025〕910号). Errors are RFC 9457 problem details with an errors array (line, field, code, message).",
        },
        ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The gateway that serves this document." }),
        ["paths"] = new JsonObject(),
        ["webhooks"] = new JsonObject(),
        ["components"] = new JsonObject
        {
            ["schemas"] = new JsonObject(),
            ["securitySchemes"] = new JsonObject
            {
                ["oauth2"] = new JsonObject
                {
                    ["type"] = "oauth2",
                    ["flows"] = new JsonObject { ["clientCredentials"] = new JsonObject { ["tokenUrl"] = "/connect/token", ["scopes"] = new JsonObject() } },
                },
            },
        },
        ["security"] = new JsonArray(new JsonObject { ["oauth2"] = new JsonArray() }),
    };
}

public static class MergedOpenApiEndpoints
{
    public static WebApplication MapMergedOpenApi(this WebApplication app)
    {
        app.MapGet("/openapi/v1.json", async (MergedOpenApiDocument merged, HttpContext http, CancellationToken ct) =>
        {
            var (document, missing) = await merged.GetAsync(ct);
            // Served all the same (the reference page is better with most of the API than with none), but marked.
            if (missing.Count > 0) http.Response.Headers["X-OpenApi-Missing"] = string.Join(',', missing);
            return Results.Text(document.ToJsonString(), "application/json");
        }).AllowAnonymous();
        return app;
    }
}
