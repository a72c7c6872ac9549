using System.Text.Json.Nodes;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>
/// The dashboards and alert rules the chart ships read only metrics the services expose, every alert the runbook
/// promises exists and has its section, and the chart renders them (off by default) with the metrics port closed to all
/// but the monitoring peers.
/// </summary>
public sealed class MonitoringTests
{
    private static readonly IReadOnlyDictionary<string, string> Platform = PlatformMetricNames.FromCode(Repo.Root);

    public static readonly string[] PromisedAlerts =
    [
        "CarbonDeadLetters", "CarbonDeadLettersWaiting", "CarbonOutboxBacklog", "CarbonRecomputeBacklog", "CarbonHttp5xx", "CarbonWebhookFailures",
        "CarbonLedgerVerificationFailed", "CarbonCertificateExpiringUnrenewed",
    ];

    [Fact]
    public void Every_dashboard_panel_and_alert_reads_only_metrics_the_services_expose()
    {
        var queries = MonitoringQueries.All(Repo.Root).ToList();
        Assert.True(queries.Count >= 25, $"only {queries.Count} expressions found");
        foreach (var (where, expr) in queries)
        {
            var names = MonitoringQueries.MetricNames(expr);
            Assert.True(names.Count > 0, $"{where}: no metric in {expr}");
            foreach (var name in names.Select(MonitoringQueries.Family))
                Assert.True(Platform.ContainsKey(name) || PlatformMetricNames.Standard.Contains(name),
                    $"{where}: {name} is not a metric the services expose (platform: {string.Join(", ", Platform.Keys.Order())})");
        }
    }

    [Fact]
    public void The_code_names_every_platform_metric_the_issue_lists()
    {
        foreach (var name in new[]
        {
            "carbon_outbox_unsent", "carbon_outbox_oldest_unsent_age_seconds", "carbon_inbox_duplicates_skipped_total",
            "carbon_messages_dead_lettered_total", "carbon_recompute_pending", "carbon_recompute_oldest_pending_age_seconds",
            "carbon_inventory_compute_duration_seconds", "carbon_import_rows_total", "carbon_import_duration_seconds",
            "carbon_import_refused_total", "carbon_ledger_verifications_total", "carbon_webhook_deliveries_total",
            "carbon_tokens_issued_total", "carbon_tokens_refused_total", "carbon_rate_limit_refused_total",
            "carbon_certificates_expiring_unrenewed",
        })
            Assert.True(Platform.ContainsKey(name), $"{name} is created nowhere in services/ or gateway/");
    }

    [Fact]
    public void The_metric_name_reader_finds_names_and_skips_labels_functions_and_ranges()
    {
        var names = MonitoringQueries.MetricNames(
            "sum by (service, le) (rate(http_server_request_duration_seconds_bucket{http_response_status_code=~\"5..\", service=\"a\"}[5m])) / max without (x) (carbon_outbox_unsent) > 0.02");
        Assert.Equal(["carbon_outbox_unsent", "http_server_request_duration_seconds_bucket"], names.Order());
        Assert.Equal("http_server_request_duration_seconds", MonitoringQueries.Family("http_server_request_duration_seconds_bucket"));
    }

    [Fact]
    public void Every_alert_the_issue_lists_is_a_rule_with_a_runbook_section()
    {
        var rules = Charts.Yaml(MonitoringQueries.Alerts.Replace("charts/", "charts/"))!;
        var alerts = rules["groups"]!.AsArray().SelectMany(g => g!["rules"]!.AsArray()).Select(r => r!.AsObject()).ToList();
        var runbook = Repo.Read("docs/operations.md");
        Assert.Equal(PromisedAlerts.Order(), alerts.Select(a => a["alert"]!.GetValue<string>()).Order());
        Assert.Equal(alerts.Count, MonitoringQueries.AlertExpressions(Repo.Read(MonitoringQueries.Alerts).Split('\n')).Count());
        foreach (var alert in alerts)
        {
            var name = alert["alert"]!.GetValue<string>();
            Assert.Equal($"docs/operations.md#{name.ToLowerInvariant()}", alert["annotations"]!["runbook_url"]!.GetValue<string>());
            Assert.Contains($"\n## {name}\n", runbook);
            Assert.NotNull(alert["labels"]?["severity"]);
        }
    }

    [Fact]
    public void Dashboards_are_grafana_json_with_a_prometheus_datasource_variable()
    {
        var files = Directory.GetFiles(Repo.PathOf(MonitoringQueries.Dashboards), "*.json");
        Assert.Equal(["certification-webhooks.json", "imports-accounting.json", "messaging.json", "platform-overview.json"],
            files.Select(Path.GetFileName).Order());
        foreach (var file in files)
        {
            var board = JsonNode.Parse(File.ReadAllText(file))!;
            Assert.False(string.IsNullOrEmpty(board["uid"]?.GetValue<string>()));
            Assert.Contains(board["templating"]!["list"]!.AsArray(), v => v!["type"]!.GetValue<string>() == "datasource");
            Assert.All(board["panels"]!.AsArray(), p => Assert.NotEmpty(p!["targets"]!.AsArray()));
        }
    }

    [RequiresPromtoolFact]
    public void Alert_rules_are_valid_and_fire_when_they_should()
    {
        var check = Tools.Run(Tools.Promtool!, ["check", "rules", Repo.PathOf(MonitoringQueries.Alerts)]);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains($"{PromisedAlerts.Length} rules found", check.Output);
        // tests/Deployment.Tests/alerts.test.yaml: each alert fires on the series that mean trouble, with its text, and not before.
        var unit = Tools.Run(Tools.Promtool!, ["test", "rules", "alerts.test.yaml"], Repo.PathOf("tests/Deployment.Tests"));
        Assert.True(unit.ExitCode == 0, unit.Output);
        var tested = Repo.Read("tests/Deployment.Tests/alerts.test.yaml");
        Assert.All(PromisedAlerts, a => Assert.Contains("alertname: " + a, tested));
    }

    [RequiresHelmFact]
    public void Monitoring_objects_are_off_by_default_and_rendered_when_enabled()
    {
        var off = HelmCharts.Documents(HelmCharts.Template("carbon-platform"), "defaults");
        Assert.DoesNotContain(off, d => Kind(d) is "PodMonitor" or "PrometheusRule");
        Assert.DoesNotContain(off, d => Kind(d) == "ConfigMap" && d["metadata"]!["labels"]?["grafana_dashboard"] is not null);

        var on = HelmCharts.Documents(HelmCharts.Template("carbon-platform", sets:
            ["monitoring.podMonitor.enabled=true", "monitoring.prometheusRule.enabled=true", "monitoring.dashboards.enabled=true"]), "monitoring on");
        var rule = Assert.Single(on, d => Kind(d) == "PrometheusRule");
        Assert.Equal(PromisedAlerts.Order(), rule["spec"]!["groups"]!.AsArray().SelectMany(g => g!["rules"]!.AsArray())
            .Select(r => r!["alert"]!.GetValue<string>()).Order());
        var monitor = Assert.Single(on, d => Kind(d) == "PodMonitor");
        Assert.Equal("metrics", monitor["spec"]!["podMetricsEndpoints"]![0]!["port"]!.GetValue<string>());
        var dashboards = on.Where(d => Kind(d) == "ConfigMap" && d["metadata"]!["labels"]?["grafana_dashboard"]?.GetValue<string>() == "1").ToList();
        Assert.Equal(4, dashboards.Count);
        Assert.All(dashboards, d => JsonNode.Parse(d["data"]!.AsObject().Single().Value!.GetValue<string>()));
    }

    [RequiresHelmFact]
    public void Every_pod_serves_metrics_on_its_own_port_open_only_to_the_monitoring_peers()
    {
        var docs = HelmCharts.Documents(HelmCharts.Template("carbon-platform"), "defaults");
        var values = Charts.DefaultValues(Charts.Platform);
        var port = values["global"]!["telemetry"]!["metricsPort"]!.GetValue<int>();
        foreach (var deployment in docs.Where(d => Kind(d) == "Deployment"))
        {
            var container = deployment["spec"]!["template"]!["spec"]!["containers"]![0]!;
            Assert.Contains(container["ports"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "metrics" && p["containerPort"]!.GetValue<int>() == port);
            Assert.Contains(container["env"]!.AsArray(), e => e!["name"]!.GetValue<string>() == "Kestrel__Endpoints__Metrics__Url"
                && e["value"]!.GetValue<string>() == $"http://*:{port}");
        }
        Assert.All(docs.Where(d => Kind(d) == "Service"), s => Assert.DoesNotContain(s["spec"]!["ports"]!.AsArray(), p => p!["port"]!.GetValue<int>() == port));
        foreach (var policy in docs.Where(d => Kind(d) == "NetworkPolicy"))
        {
            var rule = Assert.Single(policy["spec"]!["ingress"]!.AsArray(), r => r!["ports"]![0]!["port"]!.GetValue<string>() == "metrics")!;
            Assert.Equal(values["global"]!["telemetry"]!["metricsPeers"]!.ToJsonString(), rule["from"]!.ToJsonString());
        }
    }

    private static string Kind(JsonObject d) => d["kind"]!.GetValue<string>();
}

/// <summary>The local runs: every process gets a metrics port of its own, and --observe's Prometheus scrapes each.</summary>
public sealed class LocalObservationTests
{
    private static readonly CarbonPlatform.Launcher.PlatformOptions Options = new()
    {
        RepositoryRoot = Repo.Root, DataFolder = Path.GetTempPath(), RabbitMqUrl = "amqp://127.0.0.1:5672/",
    };

    [Fact]
    public void Every_process_listens_for_metrics_on_a_port_no_other_endpoint_uses()
    {
        var all = CarbonPlatform.Launcher.PlatformTopology.All.ToList();
        var metrics = all.Select(s => CarbonPlatform.Launcher.ServiceEnvironment.For(s, Options)["Kestrel__Endpoints__Metrics__Url"]).ToList();
        Assert.Equal(all.Count, metrics.Distinct().Count());
        var others = all.SelectMany(s => new[] { Options.HttpPort(s), Options.GrpcPort(s) }).ToHashSet();
        Assert.All(all, s => Assert.DoesNotContain(Options.MetricsPort(s), others));
        Assert.All(all, s => Assert.Equal($"http://127.0.0.1:{Options.MetricsPort(s)}", CarbonPlatform.Launcher.ServiceEnvironment.For(s, Options)["Kestrel__Endpoints__Metrics__Url"]));
    }

    [RequiresPromtoolFact]
    public void Observe_configures_a_prometheus_that_scrapes_every_process_with_its_service_label_and_the_alert_rules()
    {
        var folder = Directory.CreateTempSubdirectory("carbon-observe-");
        try
        {
            var file = Path.Combine(folder.FullName, "prometheus.yml");
            var config = CarbonPlatform.Launcher.PrometheusObserver.Configuration(Options, Repo.PathOf(MonitoringQueries.Alerts));
            File.WriteAllText(file, config);
            var check = Tools.Run(Tools.Promtool!, ["check", "config", file]);
            Assert.True(check.ExitCode == 0, check.Output);
            var parsed = YamlJson.ParseSingle(config, "prometheus.yml")!;
            var jobs = parsed["scrape_configs"]!.AsArray().ToDictionary(j => j!["job_name"]!.GetValue<string>());
            foreach (var spec in CarbonPlatform.Launcher.PlatformTopology.All)
            {
                var target = jobs[spec.Name]!["static_configs"]![0]!;
                Assert.Equal($"127.0.0.1:{Options.MetricsPort(spec)}", target["targets"]![0]!.GetValue<string>());
                Assert.Equal(spec.Name, target["labels"]!["service"]!.GetValue<string>());
                Assert.True(jobs[spec.Name]!["honor_labels"]!.GetValue<bool>());
            }
        }
        finally { folder.Delete(recursive: true); }
    }
}
