using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>Every chart's values (defaults, and each profile file over them) against its values.schema.json.</summary>
public sealed partial class ChartValuesTests
{
    public static IEnumerable<object[]> ChartsUnderTest => Charts.All.Select(c => new object[] { c });

    public static IEnumerable<object[]> ProfileFiles =>
        Charts.All.SelectMany(c => Charts.ProfileFiles(c).Select(f => new object[] { c, f }));

    [Fact]
    public void The_three_charts_are_there()
    {
        Assert.Equal([Charts.DevInfra, Charts.Library, Charts.Platform], Charts.All);
        Assert.Equal("library", Charts.Str(Charts.ChartYaml(Charts.Library)["type"]));
        Assert.Equal("application", Charts.Str(Charts.ChartYaml(Charts.Platform)["type"]));
        var dependency = Assert.Single(Charts.ChartYaml(Charts.Platform)["dependencies"]!.AsArray());
        Assert.Equal("carbon-lib", Charts.Str(dependency!["name"]));
        Assert.Equal("file://../carbon-lib", Charts.Str(dependency["repository"]));
        Assert.Equal(Charts.Str(Charts.ChartYaml(Charts.Library)["version"]), Charts.Str(dependency["version"]));
    }

    [Theory]
    [MemberData(nameof(ChartsUnderTest))]
    public void Default_values_validate_against_the_charts_schema(string chart)
    {
        Assert.True(Repo.Exists($"{chart}/values.schema.json"), chart + " has no values.schema.json");
        var errors = SchemaValidator.Load($"{chart}/values.schema.json").Validate(Charts.DefaultValues(chart));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(ProfileFiles))]
    public void Profile_values_over_the_defaults_validate_against_the_charts_schema(string chart, string profile)
    {
        var errors = SchemaValidator.Load($"{chart}/values.schema.json").Validate(Charts.ValuesWith(chart, profile));
        Assert.True(errors.Count == 0, profile + ":\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_platform_has_a_dev_and_a_production_profile()
    {
        Assert.Equal([$"{Charts.Platform}/values-dev.yaml", $"{Charts.Platform}/values-production.yaml"], Charts.ProfileFiles(Charts.Platform));
    }

    [Theory]
    [MemberData(nameof(ChartsUnderTest))]
    public void Schemas_are_strict_objects_all_the_way_down(string chart)
    {
        var schema = SchemaValidator.Load($"{chart}/values.schema.json");
        var loose = new List<string>();
        Walk(schema.Root, "#", loose);
        Assert.True(loose.Count == 0, "objects with properties but without additionalProperties: false:\n" + string.Join("\n", loose));

        static void Walk(JsonNode? node, string at, List<string> loose)
        {
            if (node is not JsonObject o) return;
            if (o["properties"] is JsonObject && !(o["additionalProperties"] is JsonValue strict && !strict.GetValue<bool>())) loose.Add(at);
            foreach (var (key, child) in o) Walk(child, $"{at}/{key}", loose);
        }
    }

    [Fact]
    public void The_library_and_the_platform_share_one_definition_of_a_component()
    {
        var library = SchemaValidator.Load($"{Charts.Library}/values.schema.json").Root["definitions"];
        var platform = SchemaValidator.Load($"{Charts.Platform}/values.schema.json").Root["definitions"];
        Assert.True(JsonNode.DeepEquals(library, platform),
            "definitions differ between charts/carbon-lib/values.schema.json and charts/carbon-platform/values.schema.json: keep them identical");
    }

    [Fact]
    public void The_platform_schema_requires_one_component_entry_per_deployable()
    {
        var schema = SchemaValidator.Load($"{Charts.Platform}/values.schema.json");
        var components = (JsonObject)schema.Root["properties"]!["components"]!;
        var names = Topology.All.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, components["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(names, components["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        // Helm adds the library's key to the parent's values; the strict root must allow it.
        Assert.NotNull(schema.Root["properties"]!["carbon-lib"]);
    }

    [Theory]
    [InlineData("components.accounting.replcas", "3", "property 'replcas' is not allowed")]
    [InlineData("components.accounting.ports.http", "80", "below the minimum")]
    [InlineData("components.gateway.role", "\"edge\"", "is not one of")]
    [InlineData("global.environment", "\"Prod\"", "is not one of")]
    [InlineData("global.publicUrl", "\"carbon.example.com\"", "does not match")]
    [InlineData("components.identity.image.tag", "\"v1 beta\"", "does not match")]
    [InlineData("components.evaluation.env.Bad Name", "\"x\"", "does not match")]
    [InlineData("components.evaluation.env.GOOD_NAME", "42", "expected string")]
    [InlineData("global.database.existingSecret", "\"Not_A_Secret_Name\"", "does not match")]
    [InlineData("components.accounting.autoscaling.minReplicas", "1.5", "expected integer")]
    [InlineData("components.accounting.podDisruptionBudget.maxUnavailable", "0", "below the minimum")]
    public void The_platform_schema_rejects_mistakes(string path, string json, string expected)
    {
        var values = Charts.DefaultValues(Charts.Platform);
        var segments = path.Split('.');
        var parent = segments[..^1].Aggregate((JsonNode)values, (node, s) => node[s]!);
        parent[segments[^1]] = JsonNode.Parse(json);
        var errors = SchemaValidator.Load($"{Charts.Platform}/values.schema.json").Validate(values);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_a_component_entry_is_rejected()
    {
        var values = Charts.DefaultValues(Charts.Platform);
        Charts.Components(values).Remove("evaluation");
        var errors = SchemaValidator.Load($"{Charts.Platform}/values.schema.json").Validate(values);
        Assert.Contains(errors, e => e.Contains("required property 'evaluation'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ChartsUnderTest))]
    public void No_values_file_holds_a_secret(string chart)
    {
        foreach (var file in Charts.ProfileFiles(chart).Prepend($"{chart}/values.yaml"))
        {
            var text = Repo.Read(file);
            Assert.DoesNotMatch(SecretLike(), text);
            foreach (var (path, value) in Strings(Charts.Yaml(file), ""))
            {
                Assert.False(path.Contains("ConnectionStrings__", StringComparison.Ordinal) || path.EndsWith("Messaging__RabbitMq", StringComparison.Ordinal),
                    $"{file}: {path} would put a connection setting in a plain value");
                Assert.DoesNotMatch(SecretLike(), value);
            }
        }
    }

    [Fact]
    public void Production_profile_is_production_with_identity_keys_tls_and_an_https_issuer_on_the_ingress_host()
    {
        var values = Charts.ValuesWith(Charts.Platform, $"{Charts.Platform}/values-production.yaml");
        Assert.Equal("Production", Charts.Str(values["global"]!["environment"]));
        Assert.NotEmpty(Charts.Str(values["components"]!["identity"]!["identityKeys"]!["existingSecret"]));
        Assert.NotEmpty(Charts.Str(values["components"]!["certification"]!["webhookSecretKey"]!["existingSecret"]));
        Assert.True(Charts.Bool(values, "ingress.enabled") && Charts.Bool(values, "ingress.tls.enabled"));
        var issuer = new Uri(Charts.Str(values["global"]!["publicUrl"]));
        Assert.Equal("https", issuer.Scheme);
        Assert.Equal(Charts.Str(values["ingress"]!["host"]), issuer.Host);
        Assert.True(Charts.Bool(values, "global.networkPolicy.enabled"));
        foreach (var (name, component) in Charts.Components(values))
            if (Charts.Bool(component, "database.enabled")) Assert.True(Charts.Bool(component, "migrations.enabled"), name + ": migrations");
    }

    [Fact]
    public void Default_values_are_production_shaped_too()
    {
        var values = Charts.DefaultValues(Charts.Platform);
        Assert.Equal("Production", Charts.Str(values["global"]!["environment"]));
        Assert.NotEmpty(Charts.Str(values["components"]!["identity"]!["identityKeys"]!["existingSecret"]));
        Assert.NotEmpty(Charts.Str(values["components"]!["certification"]!["webhookSecretKey"]!["existingSecret"]));
        Assert.NotEmpty(Charts.Str(values["global"]!["database"]!["existingSecret"]));
        Assert.NotEmpty(Charts.Str(values["global"]!["messaging"]!["existingSecret"]));
        Assert.NotEmpty(Charts.Str(values["global"]!["portal"]!["existingSecret"]));
    }

    [Fact]
    public void Dev_infra_writes_the_secrets_the_dev_profile_reads_with_one_connection_string_per_database()
    {
        var dev = Charts.ValuesWith(Charts.Platform, $"{Charts.Platform}/values-dev.yaml");
        var infra = Charts.DefaultValues(Charts.DevInfra);
        Assert.Equal(Charts.Str(dev["global"]!["database"]!["existingSecret"]), Charts.Str(infra["secrets"]!["database"]));
        Assert.Equal(Charts.Str(dev["global"]!["messaging"]!["existingSecret"]), Charts.Str(infra["secrets"]!["messaging"]));
        Assert.Equal("url", Charts.Str(dev["global"]!["messaging"]!["urlKey"]));
        Assert.Equal(Charts.Str(dev["global"]!["portal"]!["existingSecret"]), Charts.Str(infra["secrets"]!["portal"]));
        Assert.Equal("client-secret", Charts.Str(dev["global"]!["portal"]!["clientSecretKey"]));
        var withDatabase = Charts.Components(dev).Where(c => Charts.Bool(c.Value, "database.enabled")).Select(c => c.Key).Order(StringComparer.Ordinal);
        Assert.Equal(withDatabase, infra["services"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("Development", Charts.Str(dev["global"]!["environment"]));
    }

    private static IEnumerable<(string Path, string Value)> Strings(JsonNode? node, string at)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    yield return ($"{at}.{key}", key);
                    foreach (var s in Strings(child, $"{at}.{key}")) yield return s;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var s in Strings(a[i], $"{at}[{i}]")) yield return s;
                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return (at, text);
                break;
        }
    }

    /// <summary>Connection strings with a password, URLs with credentials, PEM keys.</summary>
    [GeneratedRegex(@"(?i)(password\s*=|pwd\s*=|://[^/\s:@]+:[^/\s@]+@|-----BEGIN)")]
    private static partial Regex SecretLike();
}
