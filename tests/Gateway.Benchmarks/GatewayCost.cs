using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarbonPlatform.Gateway.Benchmarks;

/// <summary>
/// The same small GET (<c>/api/v1/parks/{id}</c>) with the same token through the gateway and directly at
/// park-registry, interleaved one for one so both see the same machine; the ratio of the p50s is the gateway's own cost.
/// </summary>
public static class GatewayCost
{
    public static async Task RunAsync(Platform platform, string token, int requests)
    {
        using var gateway = await platform.ClientAsync($"http://127.0.0.1:{platform.Options.GatewayPort}", token);
        using var direct = await platform.ClientAsync(platform.ServiceUrl("park-registry"), token);
        // Direct, but with the headers the gateway's forwarding adds (X-Forwarded-*, a trace context): tells whether a
        // forwarded request costs park-registry more because of what it carries.
        using var headed = await platform.ClientAsync(platform.ServiceUrl("park-registry"), token);
        headed.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");
        headed.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");
        headed.DefaultRequestHeaders.Add("X-Forwarded-Host", $"127.0.0.1:{platform.Options.GatewayPort}");
        await using var proxy = await BareProxy.StartAsync(platform.ServiceUrl("park-registry"));
        using var bare = await platform.ClientAsync(proxy.Url, token);
        var parkId = await ParkAsync(gateway);
        var path = $"/api/v1/parks/{parkId}";

        Route[] routes =
        [
            new(new Timings("through the gateway"), gateway, false),
            new(new Timings("directly to park-registry"), direct, false),
            new(new Timings("directly, with the gateway's forwarding headers"), headed, true),
            new(new Timings("through a bare YARP forwarder (no middleware)"), bare, false),
        ];
        for (var i = 0; i < 100; i++) // warm-up: JIT, connection pools, the park directory caches
            foreach (var route in routes) await GetAsync(route.Client, path, route.Traced);
        for (var i = 0; i < requests; i++)
            // Rotate which goes first, so none always follows another's garbage or cache misses.
            for (var k = 0; k < routes.Length; k++)
            {
                var route = routes[(i + k) % routes.Length];
                await route.Timings.TimeAsync(() => GetAsync(route.Client, path, route.Traced));
            }
        Console.WriteLine($"GET {path.Replace(parkId, "{id}", StringComparison.Ordinal)}, same token, {requests} each, interleaved");
        Console.WriteLine("| path | requests | p50 | p90 | p99 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var route in routes) Console.WriteLine(route.Timings.Row());
        var (viaGateway, toService, viaBare) = (routes[0].Timings, routes[1].Timings, routes[3].Timings);
        Console.WriteLine($"gateway / direct: p50 {viaGateway.P(0.5) / toService.P(0.5):N2}, p90 {viaGateway.P(0.9) / toService.P(0.9):N2} (target p50 ≤ 1.10); " +
                          $"bare YARP / direct: p50 {viaBare.P(0.5) / toService.P(0.5):N2}; gateway / bare YARP: p50 {viaGateway.P(0.5) / viaBare.P(0.5):N2}");
        Console.WriteLine();
        await CpuPerRequestAsync(platform, routes, path, requests * 5);
    }

    private sealed record Route(Timings Timings, HttpClient Client, bool Traced);

    /// <summary>
    /// CPU time per request of the gateway, of park-registry and of this process (the client, and the bare forwarder when it
    /// is used), in blocks of 100 taken in turns: unlike latency, CPU hardly moves with what else the machine runs.
    /// </summary>
    private static async Task CpuPerRequestAsync(Platform platform, Route[] routes, string path, int requests)
    {
        var spent = new double[routes.Length, 3]; // CPU ms of gateway, park-registry, this process
        var rounds = requests / 100;
        for (var round = 0; round < rounds; round++)
            for (var r = 0; r < routes.Length; r++)
            {
                var before = (G: platform.CpuTime("gateway"), S: platform.CpuTime("park-registry"), H: OwnCpuTime());
                for (var i = 0; i < 100; i++) await GetAsync(routes[r].Client, path, routes[r].Traced);
                spent[r, 0] += (platform.CpuTime("gateway") - before.G).TotalMilliseconds;
                spent[r, 1] += (platform.CpuTime("park-registry") - before.S).TotalMilliseconds;
                spent[r, 2] += (OwnCpuTime() - before.H).TotalMilliseconds;
            }
        var done = rounds * 100.0;
        Console.WriteLine($"CPU per request, {rounds * 100} requests each, in blocks of 100 taken in turns (background work of each process included):");
        Console.WriteLine("| path | gateway | park-registry | client + bare forwarder (this process) | total |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var r = 0; r < routes.Length; r++)
            Console.WriteLine($"| {routes[r].Timings.Name} | {spent[r, 0] / done:N3} ms | {spent[r, 1] / done:N3} ms | {spent[r, 2] / done:N3} ms | {(spent[r, 0] + spent[r, 1] + spent[r, 2]) / done:N3} ms |");
        double Total(int r) => (spent[r, 0] + spent[r, 1] + spent[r, 2]) / done;
        Console.WriteLine($"CPU through the gateway / direct: {Total(0) / Total(1):N2}; bare YARP / direct: {Total(3) / Total(1):N2}");
        Console.WriteLine();
    }

    private static TimeSpan OwnCpuTime() => Process.GetCurrentProcess().TotalProcessorTime;

    private static async Task<int> GetAsync(HttpClient http, string path, bool traced = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (traced) request.Headers.Add("traceparent", $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-00");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        return body.Length;
    }

    private static async Task<string> ParkAsync(HttpClient admin)
    {
        var org = await PostAsync(admin, "/api/v1/organizations", new { name = "Benchmark operator", kind = "park-operator", regionCode = "320500" });
        return (await PostAsync(admin, "/api/v1/parks", new { name = "Benchmark park", regionCode = "320571", operatorOrganizationId = org.GetProperty("id").GetString() }))
            .GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
