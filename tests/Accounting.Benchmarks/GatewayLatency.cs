using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Domain;

namespace CarbonPlatform.Accounting.Benchmarks;

/// <summary>
/// Sequential 10,000-line POST /api/v1/calculations through the gateway of a running platform, timed from the client:
/// request sent to response body read in full. Prints p50, p90, p99 and the body sizes.
/// </summary>
internal static class GatewayLatency
{
    public static async Task RunAsync(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var url = Value("--url", "http://localhost:8080");
        var requests = int.Parse(Value("--requests", "60"), System.Globalization.CultureInfo.InvariantCulture);
        var lines = int.Parse(Value("--lines", "10000"), System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await TokenAsync(http, Value("--client", "local-admin"), Value("--secret", "local-admin-secret")));

        foreach (var method in new[] { Methods.Cers2025, Methods.Ndrc910 })
        {
            var body = Encoding.UTF8.GetBytes(RequestMix.Json(method, lines));
            for (var i = 0; i < 5; i++) await PostAsync(http, body); // warm-up
            var timings = new List<double>(requests);
            long responseBytes = 0;
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                responseBytes = await PostAsync(http, body);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
            timings.Sort();
            double P(double q) => timings[(int)Math.Min(timings.Count - 1, Math.Ceiling(q * timings.Count) - 1)];
            Console.WriteLine($"{method,-15} {lines:N0} lines, {requests} requests: p50 {P(0.5):N1} ms, p90 {P(0.9):N1} ms, p99 {P(0.99):N1} ms, " +
                              $"request {body.Length / 1024.0 / 1024:N1} MiB, response {responseBytes / 1024.0 / 1024:N1} MiB");
        }
    }

    private static async Task<long> PostAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/v1/calculations", content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)[..Math.Min(500, bytes.Length)]}");
        return bytes.LongLength;
    }

    private static async Task<string> TokenAsync(HttpClient http, string client, string secret)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
