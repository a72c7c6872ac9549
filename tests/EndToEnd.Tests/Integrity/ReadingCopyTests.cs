using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>
/// Meter readings on PostgreSQL go in by one binary COPY (#15); a file the unique (source, time) index refuses falls back
/// to row-by-row inserts only to name every duplicate. The short CI run of what tests/ActivityData.Benchmarks times.
/// </summary>
[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ReadingCopyTests(ReplicatedPlatformFixture replicated)
{
    private readonly PlatformFixture _platform = replicated.Platform;

    [Fact]
    public async Task Five_thousand_readings_are_copied_whole_and_a_file_repeating_ten_of_them_is_refused_naming_each()
    {
        using var admin = await _platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "计量园区 " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await _platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var park = await Tenants.ParkAsync(op, tenant, "计量园 " + Guid.NewGuid().ToString("N")[..6], "320571");
        var enterprise = (await op.PostAsync($"/api/v1/parks/{park}/enterprises", new { name = "企业 copy", keyEnergyUser = true })).Str("id");
        var meters = new List<string>();
        for (var m = 0; m < 2; m++)
            meters.Add((await op.PostAsync($"/api/v1/parks/{park}/emission-sources",
                new { enterpriseId = enterprise, name = $"电表 {m + 1}", kind = "purchased-electricity", unit = "MWh", metered = true })).Str("id"));

        // Hourly from 1 January: 2,500 hours reach into April, so each meter has four monthly lines.
        var readings = meters.SelectMany(meter => Enumerable.Range(0, 2_500).Select(h => (meter, at: new DateTime(2024, 1, 1).AddHours(h), quantity: 0.25 + h % 4 * 0.5))).ToList();
        var accepted = await UploadAsync(op, park, Csv(readings), HttpStatusCode.Accepted);
        Assert.Equal((5_000, 8), (accepted.GetProperty("rows").GetInt32(), accepted.GetProperty("monthlyLines").GetInt32()));

        var ledger = await op.GetJsonAsync($"/api/v1/parks/{park}/ledger?year=2024");
        var entries = ledger.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(8, entries.Count);
        var inventory = await op.EventuallyAsync($"/api/v1/parks/{park}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        Assert.Equal(8, inventory.GetProperty("lines").GetArrayLength());
        Assert.Equal(readings.Sum(r => r.quantity) * ReferenceData.NationalFactor("grid-average", 2023), inventory.GetProperty("totals").Num("scope2Location"), 6);

        // Ten readings again (file rows 2–11) among ten new ones: the copy is refused, each repeat named, nothing recorded.
        var again = readings.Take(10).Concat(Enumerable.Range(0, 10).Select(h => (meters[0], new DateTime(2024, 6, 1).AddHours(h), 1.0))).ToList();
        var refused = await UploadAsync(op, park, Csv(again), HttpStatusCode.BadRequest);
        var duplicates = refused.GetProperty("errors").EnumerateArray().Where(e => e.Str("code") == "duplicate-reading").Select(e => e.Str("message")).ToList();
        Assert.Equal(Enumerable.Range(2, 10).Select(row => $"Row {row}:"), duplicates.Select(d => d[..(d.IndexOf(':') + 1)]));
        Assert.Equal(8, (await op.GetJsonAsync($"/api/v1/parks/{park}/ledger?year=2024")).GetProperty("items").GetArrayLength());
        Assert.True((await op.GetJsonAsync($"/api/v1/parks/{park}/ledger/verification")).GetProperty("intact").GetBoolean());
    }

    private static string Csv(IEnumerable<(string Meter, DateTime At, double Quantity)> readings)
    {
        var csv = new StringBuilder("sourceId,readAt,quantity\n");
        foreach (var (meter, at, quantity) in readings)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{meter},{at:yyyy-MM-dd HH:mm:ss},{quantity}\n");
        return csv.ToString();
    }

    private static async Task<JsonElement> UploadAsync(HttpClient op, string park, string csv, HttpStatusCode expected)
    {
        using var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await op.PostAsync($"/api/v1/parks/{park}/meter-readings?year=2024&dryRun=false", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text[..Math.Min(text.Length, 2000)]}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
