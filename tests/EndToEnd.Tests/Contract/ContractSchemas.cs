using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// Checks an answer of the API against the checked-in contract: the operation is found by method and path template, and a
/// JSON body must satisfy the schema the contract declares for that status (JSON Schema 2020-12, as OpenAPI 3.1 writes it).
/// Api.SendAsync calls it on every answer the end-to-end suite receives through it.
/// </summary>
public static class ContractSchemas
{
    private static readonly Lazy<JsonObject> Document = new(() => JsonNode.Parse(File.ReadAllText(ContractFile.Path))!.AsObject());
    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string Template)>> Templates = new(() =>
        Document.Value["paths"]!.AsObject().Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^}]+}", "[^/]+") + "$"), p.Key))
            .OrderBy(t => t.Key.Count(c => c == '{')).ToList());
    private static readonly ConcurrentDictionary<string, JsonSchema?> Schemas = new();

    /// <summary>Fails when the answer's JSON body does not follow the contract; answers of paths outside /api/v1 are not checked.</summary>
    public static void Check(HttpMethod method, string requestPath, int status, string? mediaType, string body)
    {
        var path = requestPath.Split('?')[0];
        if (!path.StartsWith("/api/v1/", StringComparison.Ordinal)) return;
        var template = Templates.Value.FirstOrDefault(t => t.Pattern.IsMatch(path)).Template;
        Assert.True(template is not null, $"{method} {path} is not in the contract");
        var operation = Document.Value["paths"]![template!]![method.Method.ToLowerInvariant()];
        Assert.True(operation is not null, $"{method} {template} is not in the contract");
        var responses = operation!["responses"]!.AsObject();
        var response = responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Assert.True(response is not null, $"{method} {template} answered {status}, which the contract does not declare");
        if (body.Length == 0 || mediaType is not ("application/json" or "application/problem+json")) return;
        var schema = Schemas.GetOrAdd($"{method.Method} {template} {status} {mediaType}", _ => Build(response!["content"]?[mediaType]?["schema"]));
        Assert.True(schema is not null, $"{method} {template} {status} declares no {mediaType} body, yet one came");
        var result = schema!.Evaluate(JsonNode.Parse(body), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{method} {path} {status}: the body does not follow the contract's schema:\n"
            + string.Join("\n", Errors(result).Take(20)) + "\nbody: " + body[..Math.Min(body.Length, 2000)]);
    }

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? []).Prepend(result).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"));

    /// <summary>The response schema with every component schema beside it as $defs (so that its $refs resolve).</summary>
    private static JsonSchema? Build(JsonNode? schema)
    {
        if (schema is null) return null;
        var defs = new JsonObject();
        foreach (var (name, component) in Document.Value["components"]!["schemas"]!.AsObject()) defs[name] = Rewrite(component!.DeepClone());
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://contract.carbon.test/{Guid.NewGuid():N}",
            ["allOf"] = new JsonArray(Rewrite(schema.DeepClone())),
            ["$defs"] = defs,
        };
        return JsonSchema.FromText(root.ToJsonString());
    }

    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (key == "$ref" && value!.GetValue<string>() is var r && r.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                        o[key] = "#/$defs/" + r["#/components/schemas/".Length..];
                    else if (value is not null) Rewrite(value);
                }
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) Rewrite(item);
                break;
        }
        return node;
    }
}
