using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.EndToEnd.Tests.Integrity;
using Xunit;
using Xunit.Abstractions;

namespace CarbonPlatform.EndToEnd.Tests.Chaos;

/// <summary>
/// The short chaos run of #16, in CI: batch writers through the gateway onto two replicas of every service on PostgreSQL
/// while a replica of activity-data and one of accounting are killed (SIGKILL) and the broker restarts. Writers retry with
/// their Idempotency-Key, as a client should; afterwards every batch is in the ledger once and in the current inventory once.
/// CARBON_CHAOS_BATCHES sets the size (1,000 here; the long run in docs/reliability.md uses more). CARBON_CHAOS_LONG=1 is
/// the long run: a 100,000-row meter import into a second park beside the writers, a replica of every other service
/// killed in turn and PostgreSQL restarted too; then no dead letter left dead and no certificate number twice.
/// </summary>
[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ChaosTests(ReplicatedPlatformFixture replicated, ITestOutputHelper output)
{
    private const int Writers = 20;
    private static readonly int Batches = int.TryParse(Environment.GetEnvironmentVariable("CARBON_CHAOS_BATCHES"), out var n) ? n : 1_000;
    private static readonly bool Long = Environment.GetEnvironmentVariable("CARBON_CHAOS_LONG") == "1";
    private static readonly string[] Others = ["identity", "park-registry", "emission-factors", "evaluation", "certification"];
    private readonly PlatformFixture _platform = replicated.Platform;
    private int _done;

    private sealed record Outcome(string Key, string LineId, int Status, string? BatchId, int Attempts, string Body);

    [Fact]
    public async Task Batches_written_through_killed_replicas_and_a_broker_restart_are_each_in_ledger_and_inventory_once()
    {
        using var admin = await _platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "混沌园区 " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await _platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "混沌测试园 " + Guid.NewGuid().ToString("N")[..6], "320571");
        var writers = new List<HttpClient>();
        for (var w = 0; w < Writers; w++)
        {
            var client = await admin.PostAsync($"/api/v1/organizations/{tenant.OrganizationId}/api-clients", new { name = $"chaos writer {w}" });
            writers.Add(await _platform.ClientAsync(client.Str("clientId"), client.Str("clientSecret")));
        }

        var faults = new List<string>();
        var importPark = Long ? await Tenants.ParkAsync(op, tenant, "混沌计量园 " + Guid.NewGuid().ToString("N")[..6], "320571") : null;
        var importing = importPark is null ? Task.FromResult<MeterImport.Result?>(null) : RunImportAsync(op, importPark);
        var writing = Task.WhenAll(writers.Select((http, w) => WriteAsync(http, parkId, w)));
        try { await InjectFaultsAsync(writing, faults); }
        finally { await RecoverAsync(); }
        var outcomes = (await writing).SelectMany(o => o).ToList();
        foreach (var http in writers) http.Dispose();

        output.WriteLine($"{outcomes.Count} batches, {Writers} writers; faults: {string.Join("; ", faults)}; "
            + $"retried: {outcomes.Count(o => o.Attempts > 1)} (at most {outcomes.Max(o => o.Attempts)} attempts)");
        Assert.Equal(Long ? 4 + 2 * Others.Length + 1 : 4, faults.Count);
        Assert.True(outcomes.All(o => o.Status == (int)HttpStatusCode.Accepted), $"not accepted after retries: {outcomes.FirstOrDefault(o => o.Status != 202)}");
        var accepted = outcomes.Select(o => o.BatchId!).ToList();
        Assert.Equal(accepted.Count, accepted.Distinct().Count());

        var ledger = await ConcurrentWritersTests.LedgerAsync(op, parkId);
        Assert.Equal(accepted.Order(), ledger.Select(e => e.Str("batchId")).Order());
        var verification = await op.GetJsonAsync($"/api/v1/parks/{parkId}/ledger/verification");
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        var inventory = await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025",
            i => i.Str("status") == "current" && i.GetProperty("batches").GetArrayLength() >= accepted.Count, TimeSpan.FromMinutes(5));
        Assert.Equal(accepted.Order(), inventory.GetProperty("batches").EnumerateArray().Select(b => b.GetString()!).Order());
        Assert.Equal(outcomes.Select(o => o.LineId).Order(), inventory.GetProperty("lines").EnumerateArray().Select(l => l.Str("id")).Order());
        if (importPark is not null) await ChaosChecks.AfterLongRunAsync(admin, op, importPark, (await importing)!, output);
    }

    private static async Task<MeterImport.Result?> RunImportAsync(HttpClient op, string park) => await MeterImport.RunAsync(op, park, 100_000);

    /// <summary>Each fault once the writers are that far along: a kill while batches commit, the broker while events flow.</summary>
    private async Task InjectFaultsAsync(Task writing, List<string> faults)
    {
        async Task At(double share) { while (Volatile.Read(ref _done) < Batches * share && !writing.IsCompleted) await Task.Delay(50); }
        await At(0.15);
        await _platform.Platform.KillAsync("activity-data", 2);
        faults.Add($"activity-data-2 killed at {_done}");
        await At(0.35);
        await Broker.RestartAsync(TimeSpan.FromSeconds(5));
        faults.Add($"broker restarted at {_done}");
        await At(0.5);
        _platform.Platform.Start("activity-data", 2);
        await At(0.6);
        await _platform.Platform.KillAsync("accounting", 2);
        faults.Add($"accounting-2 killed at {_done}");
        await At(0.75);
        _platform.Platform.Start("accounting", 2);
        faults.Add($"replicas back at {_done}");
        if (!Long) return;
        for (var i = 0; i < Others.Length; i++)
        {
            await At(0.78 + i * 0.03);
            await _platform.Platform.KillAsync(Others[i], 2);
            faults.Add($"{Others[i]}-2 killed at {_done}");
            await At(0.79 + i * 0.03);
            _platform.Platform.Start(Others[i], 2);
            faults.Add($"{Others[i]}-2 back at {_done}");
        }
        await At(0.94);
        await Database.RestartAsync();
        faults.Add($"PostgreSQL restarted at {_done}");
    }

    private async Task RecoverAsync()
    {
        // Whatever happened above, the collection's other tests get every replica back.
        if (_platform.Platform.ProcessId("activity-data-2") is null) _platform.Platform.Start("activity-data", 2);
        if (_platform.Platform.ProcessId("accounting-2") is null) _platform.Platform.Start("accounting", 2);
        foreach (var other in Others.Where(o => _platform.Platform.ProcessId(o + "-2") is null)) _platform.Platform.Start(other, 2);
        await _platform.Platform.WaitReadyAsync("gateway", TimeSpan.FromMinutes(3));
    }

    private async Task<List<Outcome>> WriteAsync(HttpClient http, string parkId, int writer)
    {
        var outcomes = new List<Outcome>();
        for (var b = 0; b < Batches / Writers; b++)
        {
            var (key, lineId) = ($"chaos-w{writer}-b{b}", $"w{writer}-b{b}-gas");
            var body = new { year = 2024, lines = new object[] { new { id = lineId, kind = "fuel-combustion", quantity = 1.5, unit = "10^4Nm3", fuel = "natural-gas" } } };
            outcomes.Add(await PostUntilAnsweredAsync(http, parkId, key, lineId, body));
            Interlocked.Increment(ref _done);
        }
        return outcomes;
    }

    /// <summary>A client's retry: the same Idempotency-Key again after no answer, a 5xx or a 429, for up to two minutes.</summary>
    private static async Task<Outcome> PostUntilAnsweredAsync(HttpClient http, string parkId, string key, string lineId, object body)
    {
        var giveUp = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{parkId}/activity-records") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            var (status, text) = (0, "no answer");
            try
            {
                using var response = await http.SendAsync(request);
                (status, text) = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { text = e.Message; }
            var transient = status is 0 or 429 or >= 500;
            if (!transient || DateTime.UtcNow > giveUp)
                return new Outcome(key, lineId, status, status == 202 ? JsonDocument.Parse(text).RootElement.Str("batchId") : null, attempt, text);
            await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Min(attempt, 10)));
        }
    }
}
