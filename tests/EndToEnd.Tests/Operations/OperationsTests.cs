using System.Net;
using System.Text;
using CarbonPlatform.Deployment.Tests.Support;
using CarbonPlatform.Launcher;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Operations;

/// <summary>
/// What a platform team runs it by, on the real processes: after a flow every platform metric is on its service's
/// /metrics with a plausible value, the dashboards and alerts read only metrics some service exposes, /metrics is never
/// reachable through the gateway or a service's HTTP port, and the run's logs hold none of the secrets it created.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OperationsTests(PlatformFixture platform)
{
    private static readonly string[] Messaging = ["park-registry", "activity-data", "accounting", "evaluation", "certification"];

    [Fact]
    public async Task After_the_flow_every_platform_metric_is_on_its_services_metrics_with_a_plausible_value()
    {
        var flow = await OperationsFlow.RunAsync(platform);
        var scrapes = await ScrapeAllAsync();

        foreach (var service in Messaging)
        {
            var s = scrapes[service];
            Assert.InRange(s.Sum("carbon_outbox_unsent", ("service", service)), 0, 1000);
            Assert.InRange(s.Sum("carbon_outbox_oldest_unsent_age_seconds", ("service", service)), 0, 600);
            Assert.Equal(0, s.Sum("carbon_messages_dead_lettered_total", ("service", service))); // a healthy flow dead-letters nothing
            Assert.True(s.Sum("carbon_inbox_duplicates_skipped_total", ("service", service)) >= 0);
            Assert.Equal(0, s.Sum("carbon_dead_letters_dead", ("service", service)));
            Assert.Equal(0, s.Sum("carbon_dead_letters_waiting", ("service", service))); // nothing failed, nothing waits
            Assert.True(s.Sum("carbon_dead_letters_redelivered_total", ("service", service)) >= 0);
        }
        var accounting = scrapes["accounting"];
        Assert.InRange(accounting.Sum("carbon_recompute_pending", ("service", "accounting")), 0, 1000);
        Assert.InRange(accounting.Sum("carbon_recompute_oldest_pending_age_seconds", ("service", "accounting")), 0, 600);
        Assert.True(accounting.Sum("carbon_inventory_compute_duration_seconds_count", ("outcome", "computed")) >= 1);
        Assert.InRange(accounting.Sum("carbon_inventory_compute_duration_seconds_sum", ("outcome", "computed")), 0.000001, 3600);

        var activity = scrapes["activity-data"];
        Assert.True(activity.Sum("carbon_import_rows_total", ("kind", "activity-file")) >= flow.ImportRows);
        Assert.True(activity.Sum("carbon_import_duration_seconds_count", ("kind", "activity-file"), ("mode", "commit")) >= 2);
        Assert.True(activity.Sum("carbon_import_refused_total", ("kind", "activity-file"), ("status", "400")) >= 1);
        Assert.Equal(0, activity.Sum("carbon_import_refused_total", ("kind", "meter-readings"), ("status", "400")), 0);
        Assert.True(activity.Sum("carbon_ledger_verifications_total", ("outcome", "intact")) >= 1);
        Assert.True(activity.Sum("carbon_ledger_verifications_total", ("outcome", "failed")) >= 0);

        var identity = scrapes["identity"];
        Assert.True(identity.Sum("carbon_tokens_issued_total", ("grant_type", "client_credentials")) >= 3);
        Assert.True(identity.Sum("carbon_tokens_refused_total", ("grant_type", "client_credentials"), ("error", "invalid_client")) >= 1);

        var certification = scrapes["certification"];
        foreach (var outcome in new[] { "delivered", "retrying", "failed" })
            Assert.True(certification.Sum("carbon_webhook_deliveries_total", ("outcome", outcome)) >= 0);
        Assert.InRange(certification.Sum("carbon_certificates_expiring_unrenewed", ("service", "certification")), 0, 1_000_000);

        var gateway = scrapes["gateway"];
        foreach (var caller in new[] { "client", "address", "page" })
            Assert.True(gateway.Sum("carbon_rate_limit_refused_total", ("service", "gateway"), ("caller", caller)) >= 0);

        // The standard instruments: requests served and calls made (gRPC included), the runtime.
        Assert.True(gateway.Sum("http_server_request_duration_seconds_count") >= 5);
        Assert.True(accounting.Of("http_client_request_duration_seconds_count").Sum(x => x.Value) >= 1, "accounting's gRPC calls to activity-data");
        Assert.True(activity.Of("http_server_request_duration_seconds_count").Any(x => x.Labels.GetValueOrDefault("http_route", "").Contains("StreamLines")),
            "activity-data's gRPC server requests, by method");
        foreach (var (service, s) in scrapes)
            Assert.True(s.Sum("dotnet_process_memory_working_set_bytes") > 1_000_000, service);

        // Labels never name a tenant or a park.
        foreach (var (service, s) in scrapes)
            foreach (var id in new[] { flow.ParkId, flow.OrganizationId })
                Assert.False(s.Text.Contains(id, StringComparison.OrdinalIgnoreCase), $"{service}'s metrics name {id}");
    }

    [Fact]
    public async Task Every_dashboard_panel_and_alert_reads_metrics_a_service_exposes()
    {
        await OperationsFlow.RunAsync(platform);
        var exposed = (await ScrapeAllAsync()).Values.SelectMany(s => s.Samples).Select(s => MonitoringQueries.Family(s.Name)).ToHashSet();
        var queries = MonitoringQueries.All(RepositoryPaths.Root).ToList();
        Assert.NotEmpty(queries);
        foreach (var (where, expr) in queries)
            foreach (var name in MonitoringQueries.MetricNames(expr).Select(MonitoringQueries.Family))
                Assert.True(exposed.Contains(name), $"{where}: {name} is on no service's /metrics");
        foreach (var name in PlatformMetricNames.Standard.Concat(PlatformMetricNames.FromCode(RepositoryPaths.Root).Keys).Where(n => n != "carbon_access_log_dropped_total"))
            Assert.True(exposed.Contains(name), $"{name} is on no service's /metrics");
    }

    [Fact]
    public async Task Metrics_are_served_on_the_metrics_port_only_never_through_the_gateway()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        foreach (var path in new[] { "/metrics", "/metrics/", "/METRICS", "/metrics?x=1" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync());
        }
        // A Host header naming a metrics port changes nothing: the port the connection arrived at decides.
        var gatewayMetrics = new Uri(platform.MetricsUrl("gateway"));
        using (var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics"))
        {
            spoofed.Headers.Host = $"127.0.0.1:{gatewayMetrics.Port}";
            using var response = await anonymous.SendAsync(spoofed);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        using var direct = new HttpClient();
        foreach (var spec in PlatformTopology.All)
        {
            using var http = await direct.GetAsync($"http://127.0.0.1:{platform.Platform.Options.HttpPort(spec)}/metrics");
            Assert.True(http.StatusCode == HttpStatusCode.NotFound, $"{spec.Name}'s HTTP port answered /metrics with {(int)http.StatusCode}");
            var metricsPort = platform.MetricsUrl(spec.Name);
            using var metrics = await ScrapeAsync(direct, metricsPort);
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            Assert.Contains("# TYPE", await metrics.Content.ReadAsStringAsync());
            using var other = await direct.GetAsync(metricsPort.Replace("/metrics", "/health/ready"));
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode); // the metrics port serves nothing else
        }
    }

    [Fact]
    public async Task The_run_logs_none_of_the_secrets_it_created_and_log_lines_name_route_organisation_and_correlation()
    {
        var flow = await OperationsFlow.RunAsync(platform);
        var secrets = flow.Secrets
            .Concat(platform.Platform.Options.ServiceClientSecrets.Values)
            .Append(platform.Platform.Options.PortalClientSecret)
            .Append("local-admin-secret")
            .ToList();
        await Task.Delay(TimeSpan.FromSeconds(1)); // the processes' output is written to the log files asynchronously
        var logs = Directory.GetFiles(platform.Platform.LogFolder, "*.log").ToDictionary(f => Path.GetFileName(f), ReadShared);
        Assert.True(logs.Values.Sum(l => l.Length) > 10_000, "the run wrote hardly any log");
        foreach (var (file, text) in logs)
            foreach (var secret in secrets)
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{file} holds a secret the run created ({secret[..6]}…)");

        // JSON lines (Logging:Format=json in this suite, as in Production) carry the request's scope.
        var line = logs["activity-data.log"].Split('\n')
            .FirstOrDefault(l => l.Contains(flow.CorrelationId, StringComparison.Ordinal) && l.Contains("\"Route\"", StringComparison.Ordinal));
        Assert.True(line is not null, "no activity-data log line carries the correlation id the flow sent");
        using var json = System.Text.Json.JsonDocument.Parse(line);
        var scopes = json.RootElement.GetProperty("Scopes").EnumerateArray().ToList();
        Assert.Contains(scopes, s => s.TryGetProperty("OrganizationId", out var o) && o.GetString() == flow.OrganizationId);
        Assert.Contains(scopes, s => s.TryGetProperty("Route", out var r) && r.GetString()!.StartsWith("/api/v1/parks/{parkId", StringComparison.Ordinal));
        Assert.Contains(scopes, s => s.TryGetProperty("TraceId", out var t) && t.GetString()!.Length == 32);
    }

    private async Task<Dictionary<string, MetricsScrape>> ScrapeAllAsync()
    {
        // Database gauges are read at most every 10 s: wait for a fresh read, so the flow's end is in them.
        await Task.Delay(TimeSpan.FromSeconds(11));
        using var http = new HttpClient();
        var scrapes = new Dictionary<string, MetricsScrape>();
        foreach (var spec in PlatformTopology.All)
            scrapes[spec.Name] = new MetricsScrape(spec.Name, await http.GetStringAsync(platform.MetricsUrl(spec.Name)));
        return scrapes;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // The OpenTelemetry Prometheus exporter answers a scrape that meets another collection in progress with an error
    // and leaves the retry to the scraper (open-telemetry/opentelemetry-dotnet#7571); Prometheus retries at its next
    // interval. One retry here, as a scraper would: a second failure is a real one.
    private static async Task<HttpResponseMessage> ScrapeAsync(HttpClient http, string url)
    {
        var first = await http.GetAsync(url);
        if (first.StatusCode != HttpStatusCode.InternalServerError) return first;
        first.Dispose();
        await Task.Delay(TimeSpan.FromSeconds(1));
        return await http.GetAsync(url);
    }
}
