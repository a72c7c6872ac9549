using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarbonPlatform.Replicas.Benchmarks;

/// <summary>
/// The storage storm of #16: many writers post one-line batches to one park as fast as they are answered; once every
/// accepted batch is in a current inventory, the size of accounting's database is what the park's versions cost.
/// </summary>
public static class Storm
{
    public static async Task RunAsync(BenchmarkPlatform platform, BenchmarkSettings settings)
    {
        using var admin = await BatchWriters.ClientAsync(platform.GatewayUrl, "local-admin", "local-admin-secret");
        var (http, park) = await BatchWriters.OperatorWithParkAsync(admin, platform.GatewayUrl, 0);
        using var _ = http;
        // Every process compiles its paths first, on a park of its own, so the storm's park sees only the storm.
        var (warmHttp, warmPark) = await BatchWriters.OperatorWithParkAsync(admin, platform.GatewayUrl, 1);
        using (warmHttp)
            for (var warmUntil = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < warmUntil;)
                await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ => (await warmHttp.PostAsJsonAsync($"/api/v1/parks/{warmPark}/activity-records",
                    new { year = 2024, lines = new[] { new { id = Guid.NewGuid().ToString("N"), kind = "purchased-electricity", quantity = 1, unit = "MWh" } } })).Dispose()));
        var accepted = 0;
        var refused = new Dictionary<int, int>();
        var ends = DateTime.UtcNow + settings.Duration;
        await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(async c =>
        {
            for (var n = 0; DateTime.UtcNow < ends; n++)
            {
                var lines = new[] { new { id = $"c{c}-b{n}", kind = "purchased-electricity", quantity = 100 + n, unit = "MWh" } };
                using var response = await http.PostAsJsonAsync($"/api/v1/parks/{park}/activity-records", new { year = 2024, lines });
                lock (refused)
                    if (response.IsSuccessStatusCode) accepted++;
                    else refused[(int)response.StatusCode] = refused.GetValueOrDefault((int)response.StatusCode) + 1;
            }
        }));
        Console.WriteLine($"{settings.Clients} writers, {settings.Duration.TotalSeconds:0} s, one park: {accepted:N0} one-line batches accepted"
            + (refused.Count == 0 ? "" : $", refused: {string.Join(", ", refused.Select(r => $"{r.Value} × {r.Key}"))}"));

        var watch = Stopwatch.StartNew();
        JsonElement inventory;
        while (true)
        {
            using var response = await http.GetAsync($"/api/v1/parks/{park}/inventories/2024?method=cers-2025&lineage=none");
            inventory = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            if (inventory.ValueKind == JsonValueKind.Object && inventory.GetProperty("status").GetString() == "current"
                && inventory.GetProperty("batches").GetArrayLength() == accepted) break;
            if (watch.Elapsed > TimeSpan.FromMinutes(15)) throw new TimeoutException("the inventory did not fold in every accepted batch");
            await Task.Delay(1000);
        }
        Console.WriteLine($"every batch in a current inventory {watch.Elapsed.TotalSeconds:N1} s after the last write: version {inventory.GetProperty("version").GetInt32()} of cers-2025");
        var files = Directory.GetFiles(Path.Combine(platform.DataFolder, "accounting"), "*.db*");
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"accounting's database: {bytes / 1048576.0:N1} MiB ({string.Join(", ", files.Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length / 1048576.0:N1} MiB"))})");
    }
}
