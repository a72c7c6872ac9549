using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>What a caller with a good token can still throw at the platform: huge bodies, broken JSON, payloads, floods.</summary>
[Collection(SecurityPlatformCollection.Name)]
public sealed class HostileInputTests(SecurityPlatformFixture security)
{
    private static readonly string[] Payloads = ["'; DROP TABLE Parks;--", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")"];

    private PlatformFixture Platform => security.Platform;
    private string Park => $"/api/v1/parks/{security.World.ParkId}";

    [Fact]
    public async Task A_body_over_the_gateway_limit_gets_413_and_records_nothing()
    {
        using var op = await OperatorAsync();
        var oversized = $$"""{"year":2024,"lines":[{"id":"huge","kind":"purchased-electricity","quantity":1,"unit":"MWh","note":"{{new string('x', 1_100_000)}}"}]}""";

        using var response = await op.PostAsync($"{Park}/activity-records", new StringContent(oversized, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body-too-large", await FirstErrorCodeAsync(response));
        var records = await op.GetJsonAsync($"{Park}/activity-records?year=2024");
        Assert.DoesNotContain(records.GetProperty("items").EnumerateArray(), l => l.Str("id") == "huge");
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_problem_details_and_records_nothing()
    {
        using var op = await OperatorAsync();

        using var response = await op.PostAsync($"{Park}/activity-records",
            new StringContent("""{"year":2024,"lines":[{"id":"broken","kind":""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("malformed-json", await FirstErrorCodeAsync(response));
        var records = await op.GetJsonAsync($"{Park}/activity-records?year=2024");
        Assert.DoesNotContain(records.GetProperty("items").EnumerateArray(), l => l.Str("id") == "broken");
    }

    [Fact]
    public async Task Sql_script_and_formula_payloads_are_stored_and_returned_inert()
    {
        using var op = await OperatorAsync();
        var world = security.World;
        var parks = new List<(string Id, string Name)>();
        foreach (var payload in Payloads)
            parks.Add((await Tenants.ParkAsync(op, world.OperatorA, payload, "320571"), payload));

        // Each name comes back exactly as sent, as JSON data; the parks table it names is still there.
        foreach (var (id, name) in parks)
        {
            using var response = await op.GetAsync($"/api/v1/parks/{id}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(name, JsonDocument.Parse(text).RootElement.Str("name"));
        }
        var listed = (await op.GetJsonAsync("/api/v1/parks?limit=1000")).GetProperty("items").EnumerateArray().Select(p => p.Str("name")).ToList();
        Assert.Contains(world.TenantAIdentifiers["park name"], listed);
        Assert.All(Payloads, payload => Assert.Contains(payload, listed));

        // The same strings as line ids: returned as sent by the API, neutralised in the ledger's CSV export.
        var park = $"/api/v1/parks/{parks[0].Id}";
        await op.PostAsync($"{park}/activity-records",
            new { year = 2025, lines = Payloads.Select(id => new { id, kind = "purchased-electricity", quantity = 1, unit = "MWh" }).ToArray() },
            HttpStatusCode.Accepted);
        var lines = (await op.GetJsonAsync($"{park}/activity-records?year=2025")).GetProperty("items").EnumerateArray().Select(l => l.Str("id"));
        Assert.Equal(Payloads.Order(), lines.Order());

        var csv = await op.GetStringAsync($"{park}/ledger/export.csv?year=2025");
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", csv);
        Assert.Contains(",'; DROP TABLE Parks;--,", csv);
        Assert.Contains(",<script>alert(1)</script>,", csv);
        Assert.DoesNotContain(",=", csv);
        Assert.DoesNotContain(",\"=", csv);
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_while_other_clients_are_served()
    {
        using var admin = await Platform.AdminAsync();
        var flooder = await Tenants.CreateAsync(admin, "park-operator", "矩阵洪流 " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var flood = await Platform.ClientAsync(flooder.ClientId, flooder.ClientSecret);
        const int over = 20;
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var refusal = new ConcurrentBag<(string? RetryAfter, string Body)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, SecurityPlatformFixture.PermitsPerMinute + over), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (_, ct) =>
            {
                using var response = await flood.GetAsync("/api/v1/imports/template.csv", ct);
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    refusal.Add((response.Headers.RetryAfter?.ToString(), await response.Content.ReadAsStringAsync(ct)));
            });

        Assert.Equal(SecurityPlatformFixture.PermitsPerMinute, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(over, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var (retryAfter, body) = refusal.First();
        Assert.NotNull(retryAfter);
        Assert.Equal("rate-limited", JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].Str("code"));

        // The limit is the flooding client's alone.
        using var op = await OperatorAsync();
        using var served = await op.GetAsync("/api/v1/imports/template.csv");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    private Task<HttpClient> OperatorAsync() => Platform.ClientAsync(security.World.OperatorA.ClientId, security.World.OperatorA.ClientSecret);

    private static async Task<string> FirstErrorCodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].Str("code");
}
