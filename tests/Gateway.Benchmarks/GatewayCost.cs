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
        var parkId = await ParkAsync(gateway);
        var path = $"/api/v1/parks/{parkId}";

        var viaGateway = new Timings("through the gateway");
        var toService = new Timings("directly to park-registry");
        for (var i = 0; i < 100; i++) // warm-up: JIT, connection pools, the park directory caches
        {
            await GetAsync(gateway, path);
            await GetAsync(direct, path);
        }
        for (var i = 0; i < requests; i++)
        {
            // Alternate which goes first, so neither always follows the other's garbage or cache misses.
            if (i % 2 == 0)
            {
                await viaGateway.TimeAsync(() => GetAsync(gateway, path));
                await toService.TimeAsync(() => GetAsync(direct, path));
            }
            else
            {
                await toService.TimeAsync(() => GetAsync(direct, path));
                await viaGateway.TimeAsync(() => GetAsync(gateway, path));
            }
        }
        Console.WriteLine($"GET {path.Replace(parkId, "{id}", StringComparison.Ordinal)}, same token, {requests} each, interleaved");
        Console.WriteLine("| path | requests | p50 | p90 | p99 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(viaGateway.Row());
        Console.WriteLine(toService.Row());
        Console.WriteLine($"gateway / direct: p50 {viaGateway.P(0.5) / toService.P(0.5):N2}, p90 {viaGateway.P(0.9) / toService.P(0.9):N2} (target p50 ≤ 1.10)");
        Console.WriteLine();
        await CpuPerRequestAsync(platform, gateway, direct, path, requests * 5);
    }

    /// <summary>
    /// CPU time per request of the gateway and of park-registry, over a block through the gateway and a block direct: unlike
    /// latency, it hardly moves with what else the machine runs, so it says what the gateway adds even on a busy machine.
    /// </summary>
    private static async Task CpuPerRequestAsync(Platform platform, HttpClient gateway, HttpClient direct, string path, int requests)
    {
        // What each process spends with no request at all (timers, pollers, the outbox relay), per second of wall time: taken
        // off each block in proportion to how long it ran, so a slower block is not charged with more background work.
        var idle = Stopwatch.StartNew();
        var (gw0, svc0) = (platform.CpuTime("gateway"), platform.CpuTime("park-registry"));
        await Task.Delay(TimeSpan.FromSeconds(5));
        var gatewayIdle = (platform.CpuTime("gateway") - gw0).TotalMilliseconds / idle.Elapsed.TotalSeconds;
        var serviceIdle = (platform.CpuTime("park-registry") - svc0).TotalMilliseconds / idle.Elapsed.TotalSeconds;
        // Blocks of 100 taken in turns, so that late tier-1 JIT work and changes in the machine's load fall on both alike.
        double[] spent = new double[4]; // gateway and park-registry CPU ms: through the gateway, then direct
        async Task BlockAsync(HttpClient http, int slot)
        {
            var (gw, svc) = (platform.CpuTime("gateway"), platform.CpuTime("park-registry"));
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 100; i++) await GetAsync(http, path);
            var seconds = watch.Elapsed.TotalSeconds;
            spent[slot] += (platform.CpuTime("gateway") - gw).TotalMilliseconds - gatewayIdle * seconds;
            spent[slot + 1] += (platform.CpuTime("park-registry") - svc).TotalMilliseconds - serviceIdle * seconds;
        }
        for (var round = 0; round < requests / 100; round++)
        {
            await BlockAsync(gateway, 0);
            await BlockAsync(direct, 2);
        }
        var done = requests / 100 * 100;
        var through = (Gateway: spent[0] / done, Service: spent[1] / done);
        var straight = (Gateway: spent[2] / done, Service: spent[3] / done);
        Console.WriteLine($"CPU per request, {requests / 100 * 100} requests each, in alternating blocks of 100: through the gateway: gateway {through.Gateway:N3} ms + park-registry {through.Service:N3} ms; " +
                          $"direct: park-registry {straight.Service:N3} ms (gateway, unused: {straight.Gateway:N3} ms); idle CPU/s taken off: gateway {gatewayIdle:N1} ms, park-registry {serviceIdle:N1} ms");
        Console.WriteLine($"CPU through the gateway / direct: {(through.Gateway + through.Service) / straight.Service:N2}");
        Console.WriteLine();
    }

    private static async Task<int> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
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
