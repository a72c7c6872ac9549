using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CarbonPlatform.Deployment.Tests.Support;

public sealed record SchemaResult(string Kind, string? Name, string? Error);

/// <summary>Runs Support/validate-manifests.mjs with node over the npm schema packages ./carbon test installs.</summary>
public static class KubernetesSchemas
{
    public static string Modules { get; } = Environment.GetEnvironmentVariable("CARBON_K8S_SCHEMAS") ?? Repo.PathOf(".tools/k8s-schemas/node_modules");
    public static string? Node { get; } = Tools.Find("node", "--version");

    public static bool Available => Node is not null && Tools.Helm is not null
        && Directory.Exists(Path.Combine(Modules, "kubernetes-models")) && Directory.Exists(Path.Combine(Modules, "@kubernetes-models", "prometheus-operator"));

    public static List<SchemaResult> Validate(IEnumerable<JsonObject> objects)
    {
        var script = Repo.PathOf("tests/Deployment.Tests/Support/validate-manifests.mjs");
        var run = Tools.Run(Node!, [script, Modules], stdin: new JsonArray([.. objects.Select(o => o.DeepClone())]).ToJsonString(), timeoutSeconds: 120);
        Assert.True(run.ExitCode == 0, "validate-manifests.mjs: " + run.Output);
        return JsonSerializer.Deserialize<List<SchemaResult>>(run.Stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}

public sealed class RequiresKubernetesSchemasFactAttribute : FactAttribute
{
    public RequiresKubernetesSchemasFactAttribute()
    {
        if (!KubernetesSchemas.Available) Skip = $"needs helm, node and the npm schema packages in {KubernetesSchemas.Modules} (./carbon test installs them)";
    }
}

public sealed class RequiresKubernetesSchemasTheoryAttribute : TheoryAttribute
{
    public RequiresKubernetesSchemasTheoryAttribute()
    {
        if (!KubernetesSchemas.Available) Skip = $"needs helm, node and the npm schema packages in {KubernetesSchemas.Modules} (./carbon test installs them)";
    }
}
