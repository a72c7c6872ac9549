using System.Text.Json.Nodes;
using Yarp.ReverseProxy.Configuration;

namespace CarbonPlatform.Gateway.OpenApi;

/// <summary>One OpenAPI description of the whole v1 API, merged from every service's own document.</summary>
public sealed class MergedOpenApiDocument(IProxyConfigProvider proxy, IHttpClientFactory clients, ILogger<MergedOpenApiDocument> log)
{
    /// <summary>Its own client: a service's first document is generated on demand, slower than a health probe may wait.</summary>
    public const string ClientName = "openapi";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private (JsonObject Document, DateTime At)? _cached;

    public async Task<JsonObject> GetAsync(CancellationToken ct)
    {
        if (_cached is { } c && DateTime.UtcNow - c.At < Lifetime) return c.Document;
        var merged = Skeleton();
        var paths = merged["paths"]!.AsObject();
        var schemas = merged["components"]!["schemas"]!.AsObject();
        var http = clients.CreateClient(ClientName);
        var complete = true;
        // The portal serves pages, not API: its cluster says so in its metadata.
        foreach (var cluster in proxy.GetConfig().Clusters.Where(c => c.Metadata?.GetValueOrDefault("OpenApi") != "none"))
        {
            var address = cluster.Destinations!.Values.First().Address.TrimEnd('/');
            try
            {
                var document = JsonNode.Parse(await http.GetStringAsync(address + "/openapi/v1.json", ct))!.AsObject();
                foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
                    if (path.StartsWith("/api/v1", StringComparison.Ordinal) && !paths.ContainsKey(path)) paths[path] = item!.DeepClone();
                foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
                    if (!schemas.ContainsKey(name)) schemas[name] = schema!.DeepClone();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                complete = false;
                log.LogWarning("OpenAPI document of {Cluster} unavailable: {Error}", cluster.ClusterId, e.Message);
            }
        }
        if (complete) _cached = (merged, DateTime.UtcNow); // an incomplete merge is served but not kept
        return merged;
    }

    private static JsonObject Skeleton() => new()
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = "CarbonPlatform API v1",
            ["version"] = "v1",
            ["description"] = "Carbon-neutral industrial parks: accounting, evaluation and certification (《碳中和产业园区评价》, 发改环资〔2025〕910号). Errors are RFC 9457 problem details with an errors array (line, field, code, message).",
        },
        ["paths"] = new JsonObject(),
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
        app.MapGet("/openapi/v1.json", async (MergedOpenApiDocument document, CancellationToken ct) =>
            Results.Text((await document.GetAsync(ct)).ToJsonString(), "application/json")).AllowAnonymous();
        return app;
    }
}
