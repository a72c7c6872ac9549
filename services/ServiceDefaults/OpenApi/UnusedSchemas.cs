using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Drops component schemas nothing refers to: a body bound as JsonElement leaves one behind when <see cref="ContractRequest"/>
/// replaced it with the record it follows.
/// </summary>
internal sealed class UnusedSchemas : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        if (document.Components?.Schemas is not { } schemas) return Task.CompletedTask;
        var json = System.Text.Json.Nodes.JsonNode.Parse(Serialise(document))!;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<System.Text.Json.Nodes.JsonNode?>([json["paths"], json["webhooks"]]);
        while (pending.TryPop(out var node))
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "$ref" && value?.GetValue<string>() is { } r && r.StartsWith("#/components/schemas/", StringComparison.Ordinal)
                            && used.Add(r["#/components/schemas/".Length..]))
                            pending.Push(json["components"]?["schemas"]?[r["#/components/schemas/".Length..]]);
                        else pending.Push(value);
                    }
                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var item in a) pending.Push(item);
                    break;
            }
        foreach (var name in schemas.Keys.Where(k => !used.Contains(k)).ToList()) schemas.Remove(name);
        return Task.CompletedTask;
    }

    private static string Serialise(OpenApiDocument document)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString();
    }
}
