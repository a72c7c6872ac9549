using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>
/// Twenty API clients of one operator writing batches to one park at once, through the gateway onto two replicas of
/// every service on PostgreSQL (#15): before the fix 48 of 4,808 such requests answered 500 on a duplicate ledger sequence.
/// </summary>
[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ConcurrentWritersTests(ReplicatedPlatformFixture replicated, ITestOutputHelper output)
{
    private const int Writers = 20;
    private static readonly TimeSpan Writing = TimeSpan.FromSeconds(30);
    private readonly PlatformFixture _platform = replicated.Platform;

    private sealed record Answer(int Status, string? BatchId, string[] LineIds, string Body);

    [Fact]
    public async Task Twenty_writers_to_one_park_for_30_seconds_get_no_5xx_and_every_accepted_batch_is_in_ledger_and_inventory_once()
    {
        using var admin = await _platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "并发园区 " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await _platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "并发写入园 " + Guid.NewGuid().ToString("N")[..6], "320571");
        // Each writer is its own API client, as separate systems of one operator are (the gateway's limit is per client).
        var writers = new List<HttpClient>();
        for (var w = 0; w < Writers; w++)
        {
            var client = await admin.PostAsync($"/api/v1/organizations/{tenant.OrganizationId}/api-clients", new { name = $"writer {w}" });
            writers.Add(await _platform.ClientAsync(client.Str("clientId"), client.Str("clientSecret")));
        }

        var ends = DateTime.UtcNow + Writing;
        var answers = (await Task.WhenAll(writers.Select((http, w) => WriteUntilAsync(http, parkId, w, ends)))).SelectMany(a => a).ToList();
        foreach (var http in writers) http.Dispose();

        var byStatus = string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Count()} × {g.Key}"));
        output.WriteLine($"{Writers} writers, {Writing.TotalSeconds:0} s: {byStatus}");
        Assert.DoesNotContain(answers, a => a.Status >= 500 || a.Status == 0);
        Assert.True(answers.All(a => a.Status == (int)HttpStatusCode.Accepted), $"answers: {byStatus}; first other: {answers.FirstOrDefault(a => a.Status != 202)?.Body}");
        var accepted = answers.Select(a => a.BatchId!).ToList();
        Assert.True(accepted.Count >= Writers, $"only {accepted.Count} batches in {Writing}");

        var ledger = await LedgerAsync(op, parkId);
        Assert.Equal(accepted.SelectMany(b => new[] { b, b }).Order(), ledger.Select(e => e.Str("batchId")).Order());
        var verification = await op.GetJsonAsync($"/api/v1/parks/{parkId}/ledger/verification");
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());

        var inventory = await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025",
            i => i.Str("status") == "current" && i.GetProperty("batches").GetArrayLength() >= accepted.Count, TimeSpan.FromMinutes(3));
        Assert.Equal(accepted.Order(), inventory.GetProperty("batches").EnumerateArray().Select(b => b.GetString()!).Order());
        Assert.Equal(answers.SelectMany(a => a.LineIds).Order(),
            inventory.GetProperty("lines").EnumerateArray().Select(l => l.Str("id")).Order());
    }

    private static async Task<List<Answer>> WriteUntilAsync(HttpClient http, string parkId, int writer, DateTime ends)
    {
        var answers = new List<Answer>();
        for (var n = 0; DateTime.UtcNow < ends; n++)
        {
            string[] ids = [$"w{writer}-b{n}-gas", $"w{writer}-b{n}-grid"];
            var body = new
            {
                year = 2024,
                lines = new object[]
                {
                    new { id = ids[0], kind = "fuel-combustion", quantity = 1.5, unit = "10^4Nm3", fuel = "natural-gas" },
                    new { id = ids[1], kind = "purchased-electricity", quantity = 10 + n % 7, unit = "MWh" },
                },
            };
            try
            {
                using var response = await http.PostAsJsonAsync($"/api/v1/parks/{parkId}/activity-records", body);
                var text = await response.Content.ReadAsStringAsync();
                var batch = response.StatusCode == HttpStatusCode.Accepted ? JsonDocument.Parse(text).RootElement.Str("batchId") : null;
                answers.Add(new Answer((int)response.StatusCode, batch, ids, text));
            }
            catch (TaskCanceledException) { answers.Add(new Answer(0, null, ids, "no answer within the client's timeout")); }
        }
        return answers;
    }

    /// <summary>Every ledger entry of the park's 2024, page after page.</summary>
    internal static async Task<List<JsonElement>> LedgerAsync(HttpClient op, string parkId)
    {
        var entries = new List<JsonElement>();
        for (var query = ""; query is not null;)
        {
            var page = await op.GetJsonAsync($"/api/v1/parks/{parkId}/ledger?year=2024{query}");
            entries.AddRange(page.GetProperty("items").EnumerateArray());
            query = page.GetProperty("nextCursor").GetString() is { } cursor ? "&cursor=" + Uri.EscapeDataString(cursor) : null;
        }
        return entries;
    }
}
