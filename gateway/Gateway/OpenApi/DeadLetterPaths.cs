using System.Text.Json.Nodes;

namespace CarbonPlatform.Gateway.OpenApi;

/// <summary>
/// Each service answers a replay at <c>/operations/dead-letters/{id}/replay</c>; the gateway routes it by the service's
/// name (<c>…/{service}/{id}/replay</c>), so the merged document names the path the gateway serves.
/// </summary>
internal static class DeadLetterPaths
{
    private const string ServicePath = "/api/v1/operations/dead-letters/{id}/replay";
    private const string GatewayPath = "/api/v1/operations/dead-letters/{service}/{id}/replay";

    public static void Route(JsonObject paths)
    {
        if (!paths.TryGetPropertyValue(ServicePath, out var item) || item is not JsonObject pathItem) return;
        paths.Remove(ServicePath);
        foreach (var (_, operation) in pathItem)
        {
            if (operation is not JsonObject o) continue;
            var parameters = o["parameters"] as JsonArray ?? [];
            parameters.Insert(0, new JsonObject
            {
                ["name"] = "service",
                ["in"] = "path",
                ["required"] = true,
                ["description"] = "The service that keeps the dead letter (its service in the list).",
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
            o["parameters"] = parameters;
        }
        paths[GatewayPath] = pathItem;
    }
}
