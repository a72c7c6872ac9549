using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>
/// Static checks of the Go templates, without Helm's engine: every value a template reads exists, every include
/// has a define, blocks are balanced, and the probe paths, ports and security settings are the required ones.
/// </summary>
public sealed partial class ChartTemplateTests
{
    /// <summary>Templates and the chart whose values they read (the library's templates run with the platform's values).</summary>
    public static IEnumerable<object[]> Templates() =>
        Charts.All.SelectMany(chart => Directory.GetFiles(Repo.PathOf($"{chart}/templates"))
            .Select(f => new object[] { Repo.Relative(f), chart == Charts.Library ? Charts.Platform : chart }));

    private static string LibTemplate(string file) => Repo.Read($"{Charts.Library}/templates/{file}");

    private static IEnumerable<string> LibTemplates() => Directory.GetFiles(Repo.PathOf($"{Charts.Library}/templates")).Select(File.ReadAllText);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_Values_path_a_template_reads_exists_in_the_values(string template, string valuesChart)
    {
        var values = Charts.DefaultValues(valuesChart);
        var missing = ValuesPath().Matches(Strip(Repo.Read(template)))
            .Select(m => m.Groups[1].Value.TrimStart('.'))
            .Where(path => path.Length > 0)
            .Distinct()
            .Where(path => !Charts.TryGet(values, path.Split('.'), out _))
            .ToList();
        Assert.True(missing.Count == 0, $"{template} reads .Values paths that {valuesChart}/values.yaml does not have: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_component_field_the_library_reads_is_in_the_component_schema()
    {
        var schema = SchemaValidator.Load($"{Charts.Library}/values.schema.json");
        // The library's variables and the schema definition (or sub-path of one) each stands for.
        var roots = new Dictionary<string, (string Definition, string[] Path)>
        {
            ["$c"] = ("component", []), ["$oc"] = ("component", []), ["$identity"] = ("component", []), ["$gateway"] = ("component", []),
            ["$portal"] = ("component", []), ["$s3"] = ("component", ["evidenceStore", "s3"]), ["$broker"] = ("component", ["devices", "broker"]),
            ["$g"] = ("global", []), ["$np"] = ("global", ["networkPolicy"]), ["$sc"] = ("global", ["securityContext"]), ["$ing"] = ("ingress", []),
        };
        var notSchema = new HashSet<string> { "$root" };
        var problems = new List<string>();
        foreach (var text in LibTemplates())
            foreach (Match m in VariablePath().Matches(Strip(text)))
            {
                var variable = m.Groups[1].Value;
                var path = m.Groups[2].Value.TrimStart('.').Split('.');
                if (notSchema.Contains(variable)) continue;
                if (!roots.TryGetValue(variable, out var root)) { problems.Add($"{variable}.{string.Join('.', path)}: unknown variable (map it to its schema here)"); continue; }
                if (schema.SchemaAt(schema.Definition(root.Definition), root.Path.Concat(path)) is null)
                    problems.Add($"{variable}.{string.Join('.', path)}: not in definitions/{root.Definition}");
            }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void Every_include_has_a_define_and_every_define_is_unique()
    {
        var texts = Directory.GetFiles(Repo.PathOf(Charts.Library + "/templates")).Concat(Directory.GetFiles(Repo.PathOf(Charts.Platform + "/templates")))
            .Select(File.ReadAllText).Select(Strip).ToList();
        var defines = texts.SelectMany(t => Define().Matches(t).Select(m => m.Groups[1].Value)).ToList();
        Assert.Equal(defines.Distinct().Count(), defines.Count);
        var includes = texts.SelectMany(t => Include().Matches(t).Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.NotEmpty(includes);
        Assert.All(includes, i => Assert.Contains(i, defines));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_blocks_are_balanced(string template, string valuesChart)
    {
        _ = valuesChart;
        var depth = 0;
        foreach (Match action in Action().Matches(Repo.Read(template)))
        {
            var body = action.Groups[1].Value.Trim();
            if (body.StartsWith("/*", StringComparison.Ordinal)) continue;
            var word = body.Split([' ', '\t', '\n', '('], 2)[0];
            if (word is "if" or "range" or "with" or "define" or "block") depth++;
            else if (word == "end") depth--;
            Assert.True(depth >= 0, $"{template}: 'end' without an opening block near {action.Value}");
        }
        Assert.Equal(0, depth);
    }

    [Fact]
    public void Probes_are_on_health_live_and_health_ready_through_the_http_port()
    {
        var deployment = LibTemplate("_deployment.tpl");
        var probes = Probe().Matches(deployment).ToDictionary(m => m.Groups[1].Value, m => (Path: m.Groups[2].Value, Port: m.Groups[3].Value));
        Assert.Equal(("/health/live", "http"), probes["startupProbe"]);
        Assert.Equal(("/health/live", "http"), probes["livenessProbe"]);
        Assert.Equal(("/health/ready", "http"), probes["readinessProbe"]);
        // No other health path anywhere in the charts, and the service maps both in every environment.
        foreach (var file in Directory.GetFiles(Repo.PathOf("charts"), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tpl") || f.EndsWith(".yaml")))
            foreach (Match m in HealthPath().Matches(File.ReadAllText(file)))
                Assert.Contains(m.Value, new[] { "/health/live", "/health/ready" });
        var health = Repo.Read("services/ServiceDefaults/Health/HealthExtensions.cs");
        Assert.Contains("\"/health/live\"", health);
        Assert.Contains("\"/health/ready\"", health);
    }

    [Fact]
    public void Container_ports_service_ports_and_Kestrel_endpoints_come_from_the_same_values()
    {
        var deployment = LibTemplate("_deployment.tpl");
        Assert.Matches(@"- name: http\s+containerPort: \{\{ \$c\.ports\.http \| int \}\}", deployment);
        Assert.Matches(@"- name: grpc\s+containerPort: \{\{ \$c\.ports\.grpc \| int \}\}", deployment);
        var env = LibTemplate("_env.tpl");
        Assert.Matches(@"- name: Kestrel__Endpoints__Http__Url\s+value: \{\{ printf ""http://\*:%d"" \(\$c\.ports\.http \| int\) \| quote \}\}", env);
        Assert.Matches(@"- name: Kestrel__Endpoints__Grpc__Url\s+value: \{\{ printf ""http://\*:%d"" \(\$c\.ports\.grpc \| int\) \| quote \}\}", env);
        Assert.Matches(@"- name: Kestrel__Endpoints__Grpc__Protocols\s+value: ""Http2""", env);
        var service = LibTemplate("_service.tpl");
        Assert.Matches(@"- name: http\s+port: \{\{ \$c\.ports\.http \| int \}\}\s+targetPort: http", service);
        Assert.Matches(@"- name: grpc\s+port: \{\{ \$c\.ports\.grpc \| int \}\}\s+targetPort: grpc", service);
        // Other processes reach a component on the same numbers (Services__*, the gateway's clusters, JWKS).
        Assert.Contains("($oc.ports.http | int)", env);
        Assert.Contains("($oc.ports.grpc | int)", env);
        Assert.Contains("$identity.ports.http", LibTemplate("_helpers.tpl"));
    }

    [Fact]
    public void Pods_run_non_root_read_only_without_capabilities_and_with_a_writable_tmp()
    {
        var helpers = LibTemplate("_helpers.tpl");
        foreach (var line in new[] { "runAsNonRoot: true", "readOnlyRootFilesystem: true", "allowPrivilegeEscalation: false", "privileged: false", "- ALL", "type: RuntimeDefault", "mountPath: /tmp", "emptyDir:" })
            Assert.Contains(line, helpers);
        Assert.Matches(@"capabilities:\s+drop:\s+- ALL", helpers);
        foreach (var template in new[] { "_deployment.tpl", "_migration-job.tpl" })
        {
            var text = LibTemplate(template);
            Assert.Contains("include \"carbon-lib.podSecurityContext\"", text);
            Assert.Contains("include \"carbon-lib.containerSecurityContext\"", text);
            Assert.Contains("include \"carbon-lib.volumeMounts\"", text);
            Assert.Contains("automountServiceAccountToken: false", text);
        }
    }

    [Fact]
    public void Connection_settings_come_only_from_secretKeyRef()
    {
        var env = LibTemplate("_env.tpl");
        Assert.Matches(@"- name: \{\{ printf ""ConnectionStrings__%s"" \$name \}\}\s+valueFrom:\s+secretKeyRef:", env);
        Assert.Matches(@"- name: Messaging__RabbitMq\s+valueFrom:\s+secretKeyRef:", env);
        // The portal's OIDC client secret, read by identity and by the portal.
        Assert.Matches(@"- name: Identity__Portal__ClientSecret\s+valueFrom:\s+secretKeyRef:", env);
        Assert.Matches(@"- name: Portal__ClientSecret\s+valueFrom:\s+secretKeyRef:", env);
        // The services' client secrets for their gRPC calls: each service its own, identity all of them.
        Assert.Matches(@"- name: Auth__ServiceClient__Secret\s+valueFrom:\s+secretKeyRef:", env);
        Assert.Matches(@"- name: \{\{ printf ""Identity__ServiceClients__%s"" \$other \}\}\s+valueFrom:\s+secretKeyRef:", env);
        // Identity keys: files from a Secret volume, never environment values.
        var helpers = LibTemplate("_helpers.tpl");
        Assert.Matches(@"secret:\s+secretName: \{\{ \$c\.identityKeys\.existingSecret \| quote \}\}", helpers);
        Assert.DoesNotContain("kind: Secret", string.Concat(LibTemplates()) + string.Concat(Directory.GetFiles(Repo.PathOf(Charts.Platform + "/templates")).Select(File.ReadAllText)));
    }

    [Fact]
    public void Migration_job_is_a_pre_install_and_pre_upgrade_hook_that_runs_the_assembly_with_migrate()
    {
        var job = LibTemplate("_migration-job.tpl");
        Assert.Contains("kind: Job", job);
        Assert.Contains("helm.sh/hook: pre-install,pre-upgrade", job);
        Assert.Contains("helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded", job);
        Assert.Matches(@"command:\s+- dotnet\s+- \{\{ printf ""%s\.dll"" \$c\.assembly \| quote \}\}\s+- --migrate", job);
        Assert.Contains("restartPolicy: Never", job);
        Assert.Contains("include \"carbon-lib.env\"", job); // same configuration as the Deployment
        Assert.Contains("{{- if and $c.database.enabled $c.migrations.enabled }}", LibTemplate("_component.tpl"));
    }

    [Fact]
    public void Network_policy_opens_gRPC_to_platform_pods_and_HTTP_to_the_gateway_or_the_ingress()
    {
        var policy = LibTemplate("_networkpolicy.tpl");
        Assert.Contains("- Ingress", policy);
        Assert.Matches(@"- port: grpc\s+protocol: TCP\s+from:\s+- podSelector:\s+matchLabels:\s+\{\{- include ""carbon-lib\.platformSelectorLabels""", policy);
        Assert.Matches(@"- podSelector:\s+matchLabels:\s+\{\{- include ""carbon-lib\.selectorLabels"" \(dict ""root"" \$root ""name"" ""gateway""\)", policy);
        Assert.Contains("$np.ingressControllerPeers", policy);
        Assert.Contains("app.kubernetes.io/part-of: carbon-platform", LibTemplate("_helpers.tpl"));
    }

    [Fact]
    public void Every_component_object_kind_is_rendered_by_the_library()
    {
        var component = LibTemplate("_component.tpl");
        foreach (var part in new[] { "serviceAccount", "deployment", "service", "podDisruptionBudget", "horizontalPodAutoscaler", "networkPolicy", "migrationJob" })
            Assert.Contains($"include \"carbon-lib.{part}\"", component);
        var all = string.Concat(LibTemplates());
        foreach (var kind in new[] { "Deployment", "Service", "ServiceAccount", "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "Job", "Ingress" })
            Assert.Contains($"kind: {kind}\n", all);
        Assert.Contains("dapr.io/enabled", all);
        Assert.Contains("autoscaling/v2", all);
        Assert.Contains("policy/v1", all);
    }

    /// <summary>Template comments removed, so that documentation does not count as a use.</summary>
    private static string Strip(string text) => Comment().Replace(text, "");

    [GeneratedRegex(@"\{\{-?\s*/\*.*?\*/\s*-?\}\}", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)")]
    private static partial Regex ValuesPath();

    [GeneratedRegex(@"(\$[A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")]
    private static partial Regex VariablePath();

    [GeneratedRegex(@"define\s+""([^""]+)""")]
    private static partial Regex Define();

    [GeneratedRegex(@"(?:include|template)\s+""([^""]+)""")]
    private static partial Regex Include();

    [GeneratedRegex(@"\{\{-?(.*?)-?\}\}", RegexOptions.Singleline)]
    private static partial Regex Action();

    [GeneratedRegex(@"(startupProbe|livenessProbe|readinessProbe):\s*\n\s*httpGet:\s*\n\s*path:\s*(\S+)\s*\n\s*port:\s*(\S+)")]
    private static partial Regex Probe();

    [GeneratedRegex(@"/health/[a-z]+")]
    private static partial Regex HealthPath();
}
