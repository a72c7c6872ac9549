using System.Text.Json.Nodes;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>skaffold.yaml: one artifact per deployable, wired into the chart's values; dev and production profiles.</summary>
public sealed class SkaffoldTests
{
    private static readonly JsonObject Config = (JsonObject)Charts.Yaml("skaffold.yaml")!;

    private static JsonArray Artifacts => Config["build"]!["artifacts"]!.AsArray();

    private static JsonObject PlatformRelease => Config["deploy"]!["helm"]!["releases"]!.AsArray().Select(r => (JsonObject)r!)
        .Single(r => Charts.Str(r["chartPath"]) == Charts.Platform);

    /// <summary>Skaffold's template names: '/', '-', '.', ':' in the image name become '_'.</summary>
    private static string Sanitised(string image) => image.Replace('/', '_').Replace('-', '_').Replace('.', '_').Replace(':', '_');

    [Fact]
    public void Uses_the_v4_schema_and_a_helm_release_of_the_platform_chart()
    {
        Assert.StartsWith("skaffold/v4beta", Charts.Str(Config["apiVersion"]));
        Assert.Equal("Config", Charts.Str(Config["kind"]));
        Assert.Equal("carbon", Charts.Str(PlatformRelease["name"]));
        Assert.False(Charts.Bool(PlatformRelease, "skipBuildDependencies")); // helm dependency build brings carbon-lib in
        Assert.Equal("", Charts.Str(PlatformRelease["setValues"]!["global.image.registry"]));
    }

    [Fact]
    public void There_is_one_artifact_per_deployable_built_from_its_Dockerfile_in_the_repository_context()
    {
        Assert.Equal(Topology.All.Select(s => $"carbon-{s.Name}").Order(StringComparer.Ordinal),
            Artifacts.Select(a => Charts.Str(a!["image"])).Order(StringComparer.Ordinal));
        foreach (var spec in Topology.All)
        {
            var artifact = Artifacts.Single(a => Charts.Str(a!["image"]) == $"carbon-{spec.Name}")!;
            Assert.Equal(".", Charts.Str(artifact["context"]));
            var dockerfile = Charts.Str(artifact["docker"]!["dockerfile"]);
            Assert.Equal($"deploy/docker/{spec.Name}.Dockerfile", dockerfile);
            Assert.True(Repo.Exists(dockerfile), dockerfile);
        }
    }

    [Fact]
    public void Every_artifacts_repository_and_tag_are_wired_into_its_component_with_setValueTemplates()
    {
        var templates = PlatformRelease["setValueTemplates"]!.AsObject();
        foreach (var spec in Topology.All)
        {
            var image = Sanitised($"carbon-{spec.Name}");
            Assert.Equal($"{{{{.IMAGE_REPO_{image}}}}}", Charts.Str(templates[$"components.{spec.Name}.image.repository"]));
            Assert.Equal($"{{{{.IMAGE_TAG_{image}}}}}@{{{{.IMAGE_DIGEST_{image}}}}}", Charts.Str(templates[$"components.{spec.Name}.image.tag"]));
        }
        Assert.Equal(2 * Topology.All.Count, templates.Count);
        // The keys exist in the chart's values (a typo would only add an unused value, or be refused by the schema).
        var values = Charts.DefaultValues(Charts.Platform);
        foreach (var (key, _) in templates) Assert.True(Charts.TryGet(values, key.Split('.'), out _), key);
    }

    [Fact]
    public void Has_a_dev_and_a_production_profile_whose_files_exist()
    {
        var profiles = Config["profiles"]!.AsArray().ToDictionary(p => Charts.Str(p!["name"]), p => (JsonObject)p!);
        Assert.Equal(["dev", "production"], profiles.Keys.Order(StringComparer.Ordinal));
        var referenced = new List<string>();
        foreach (var (_, profile) in profiles)
            foreach (var patch in profile["patches"]!.AsArray())
                Collect(patch!["value"], referenced);
        Assert.Contains($"{Charts.Platform}/values-dev.yaml", referenced);
        Assert.Contains($"{Charts.Platform}/values-production.yaml", referenced);
        Assert.Contains(Charts.DevInfra, referenced);
        Assert.All(referenced, path => Assert.True(Repo.Exists(path), path));
        // Production pushes; dev does not.
        Assert.False(Charts.Bool(Config, "build.local.push"));
        Assert.Contains(profiles["production"]["patches"]!.AsArray(), p => Charts.Str(p!["path"]) == "/build/local/push" && p["value"]!.GetValue<bool>());

        static void Collect(JsonNode? node, List<string> into)
        {
            switch (node)
            {
                case JsonValue v when v.TryGetValue<string>(out var s) && (s.StartsWith("charts/", StringComparison.Ordinal) || s.StartsWith("deploy/", StringComparison.Ordinal)):
                    into.Add(s);
                    break;
                case JsonArray a:
                    foreach (var item in a) Collect(item, into);
                    break;
                case JsonObject o:
                    foreach (var (_, item) in o) Collect(item, into);
                    break;
            }
        }
    }
}
