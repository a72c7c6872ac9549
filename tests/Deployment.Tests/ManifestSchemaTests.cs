using System.Text.Json.Nodes;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>
/// Every object the chart renders, in every profile and with the monitoring objects on, validated against the
/// Kubernetes API's JSON schemas (npm kubernetes-models and @kubernetes-models/prometheus-operator, installed into
/// .tools/k8s-schemas by ./carbon test). Skipped where they or node or helm are absent.
/// </summary>
public sealed class ManifestSchemaTests
{
    public static IEnumerable<object[]> Renders =>
    [
        ["(defaults)", Array.Empty<string>(), Array.Empty<string>()],
        ["values-dev.yaml", new[] { $"{Charts.Platform}/values-dev.yaml" }, Array.Empty<string>()],
        ["values-production.yaml", new[] { $"{Charts.Platform}/values-production.yaml" }, Array.Empty<string>()],
        ["monitoring on", Array.Empty<string>(), new[] { "monitoring.podMonitor.enabled=true", "monitoring.prometheusRule.enabled=true", "monitoring.dashboards.enabled=true" }],
    ];

    [RequiresKubernetesSchemasTheory]
    [MemberData(nameof(Renders))]
    public void Rendered_objects_are_valid_against_the_Kubernetes_schemas(string profile, string[] files, string[] sets)
    {
        var docs = HelmCharts.Documents(HelmCharts.Template("carbon-platform", files, sets), profile);
        var results = KubernetesSchemas.Validate(docs);
        Assert.Equal(docs.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Error is null, $"{profile}: {r.Kind} {r.Name}: {r.Error}"));
    }

    [RequiresKubernetesSchemasFact]
    public void The_validator_reports_a_wrong_type_and_an_unknown_kind()
    {
        var wrong = JsonNode.Parse("""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},
             "spec":{"selector":{},"template":{"spec":{"containers":[{"name":"a","ports":[{"containerPort":"eighty"}]}]}}}}
            """)!.AsObject();
        var unknown = JsonNode.Parse("""{"apiVersion":"example.com/v1","kind":"Gadget","metadata":{"name":"g"}}""")!.AsObject();
        var results = KubernetesSchemas.Validate([wrong, unknown]);
        Assert.Contains("containerPort must be integer", results[0].Error);
        Assert.Contains("no schema", results[1].Error);
    }
}
