using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarbonPlatform.Replicas.Benchmarks;

public sealed record WriteResult(int Batches, TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyDictionary<int, int> Failures)
{
    public double PerSecond => Batches / Elapsed.TotalSeconds;

    public string Row(int replicas)
    {
        double P(double q) => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)(q * LatenciesMs.Length))];
        var failures = Failures.Count == 0 ? "none" : string.Join(", ", Failures.Select(f => $"{f.Value} × {f.Key}"));
        return $"| {replicas} | {Batches:N0} | {PerSecond:N1} | {P(0.5):N0} ms | {P(0.95):N0} ms | {P(0.99):N0} ms | {failures} |";
    }
}

/// <summary>
/// Clients posting activity batches as fast as they are answered, each as its park's operator to its own park (one
/// park's ledger appends are serialised by design; parks are what scale), after a 10 s warm-up.
/// </summary>
public static class BatchWriters
{
    public static async Task<WriteResult> RunAsync(BenchmarkPlatform platform, BenchmarkSettings settings)
    {
        using var admin = await ClientAsync(platform.GatewayUrl, "local-admin", "local-admin-secret");
        var writers = new List<(HttpClient Http, Guid Park)>();
        for (var c = 0; c < settings.Clients; c++) writers.Add(await OperatorWithParkAsync(admin, platform.GatewayUrl, c));

        var latencies = new List<double>();
        var failures = new Dictionary<int, int>();
        var warmUpEnds = DateTime.UtcNow + TimeSpan.FromSeconds(10); // every replica JIT-compiles its paths first
        var ends = warmUpEnds + settings.Duration;
        var batches = 0;
        await Task.WhenAll(writers.Select(async (w, c) =>
        {
            for (var n = 0; DateTime.UtcNow < ends; n++)
            {
                var lines = Enumerable.Range(0, settings.LinesPerBatch).Select(i => new
                    { id = $"c{c}-b{n}-l{i}", kind = "purchased-electricity", quantity = 100 + i, unit = "MWh" });
                var watch = Stopwatch.StartNew();
                int status;
                try
                {
                    using var response = await w.Http.PostAsJsonAsync($"/api/v1/parks/{w.Park}/activity-records", new { year = 2024, lines });
                    status = (int)response.StatusCode;
                }
                catch (TaskCanceledException) { status = 0; } // no answer within the client's timeout: counted as "0"
                watch.Stop();
                if (DateTime.UtcNow < warmUpEnds) continue;
                lock (latencies)
                {
                    if (status is >= 200 and < 300) { batches++; latencies.Add(watch.Elapsed.TotalMilliseconds); }
                    else failures[status] = failures.GetValueOrDefault(status) + 1;
                }
            }
        }));
        foreach (var (http, _) in writers) http.Dispose();
        latencies.Sort();
        return new WriteResult(batches, settings.Duration, latencies.ToArray(), failures);
    }

    internal static async Task<(HttpClient, Guid)> OperatorWithParkAsync(HttpClient admin, string gateway, int c)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var org = (await PostAsync(admin, "/api/v1/organizations", new { name = $"Bench operator {c} {suffix}", kind = "park-operator", regionCode = "320500" })).GetProperty("id").GetString();
        var client = await PostAsync(admin, $"/api/v1/organizations/{org}/api-clients", new { name = "bench writer" });
        var http = await ClientAsync(gateway, client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!);
        var park = await PostAsync(http, "/api/v1/parks", new { name = $"Bench park {c} {suffix}", regionCode = "320571", operatorOrganizationId = org });
        return (http, park.GetProperty("id").GetGuid());
    }

    internal static async Task<HttpClient> ClientAsync(string gateway, string id, string secret)
    {
        var http = new HttpClient { BaseAddress = new Uri(gateway), Timeout = TimeSpan.FromSeconds(60) };
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret }));
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
