using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.ActivityData.Devices;
using CarbonPlatform.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Devices;

/// <summary>A device's payloads that are refused are kept, with their reason, and counted in the device list.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class RefusedReadingsTests(ActivityDataService service)
{
    private static async Task<JsonElement> RefusedAsync(HttpClient client, TestPark park, Meter meter, string query = "") =>
        await Api.OkJsonAsync(await client.GetAsync($"/api/v1/parks/{park.Id}/devices/{meter.Id}/refused{query}"));

    [Fact]
    public async Task Bad_json_and_a_reading_for_a_recorded_month_are_kept_with_their_reason_and_counted_in_the_device_list()
    {
        var park = new TestPark(service);
        var meter = await Meter.RegisterAsync(service, park, "R-1");
        await Api.OkJsonAsync(await meter.PostAsync(Meter.Hourly(new DateTime(2024, 1, 1), 3, h => h)), HttpStatusCode.Accepted);
        await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices/months", new { year = 2024, month = 1 }));

        var badJson = await meter.PostAsync("{\"time\": \"2024-02-01T00:00:00+08:00\", \"value\": 1");
        var late = await meter.PostAsync(Meter.Hourly(new DateTime(2024, 1, 2), 1, h => 9));
        var refused = await RefusedAsync(park.Viewer, park, meter);
        var list = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/devices"));

        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var items = refused.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["month-recorded", "invalid-json"], items.Select(i => i.GetProperty("reason").GetString()));
        Assert.All(items, i => Assert.Equal("http", i.GetProperty("channel").GetString()));
        Assert.Equal("{\"time\": \"2024-02-01T00:00:00+08:00\", \"value\": 1", items[1].GetProperty("payload").GetString());
        Assert.Contains("2024-01", items[0].GetProperty("message").GetString());
        Assert.Equal(2, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("refusedPayloads").GetInt32());
        // The refused reading at 00:00 on 2 January was not kept beside January's recorded ones.
        Assert.Equal(3, await service.WithDbAsync(db => db.DeviceReadings.CountAsync(r => r.DeviceId == meter.Id)));
    }

    [Fact]
    public async Task A_longPayloadpayload_is_kept_cut_at_its_bound_and_pages_run_newest_first()
    {
        var park = new TestPark(service);
        var meter = await Meter.RegisterAsync(service, park, "R-2");
        var longPayload = "[" + string.Join(",", Enumerable.Repeat("{\"time\": \"nonsense\", \"value\": 1}", 300)) + "]";

        await meter.PostAsync(longPayload);
        await meter.PostAsync("not json at all");
        var first = await RefusedAsync(park.Viewer, park, meter, "?limit=1");
        var second = await RefusedAsync(park.Viewer, park, meter, $"?limit=1&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal("invalid-json", Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("reason").GetString());
        var cut = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal("invalid-time", cut.GetProperty("reason").GetString());
        Assert.Equal(4096, cut.GetProperty("payload").GetString()!.Length);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(longPayload), cut.GetProperty("payloadBytes").GetInt64());
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task A_wrong_credential_s_payload_is_not_kept_and_another_park_cannot_read_a_device_s_refusals()
    {
        var (park, other) = (new TestPark(service), new TestPark(service));
        var meter = await Meter.RegisterAsync(service, park, "R-3");
        var stranger = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/devices/{meter.Id}/readings") { Content = new StringContent("garbage") };
        stranger.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("x:y"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await service.CreateClient().SendAsync(stranger)).StatusCode);
        Assert.Empty((await RefusedAsync(park.Viewer, park, meter)).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/parks/{other.Id}/devices/{meter.Id}/refused")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/parks/{park.Id}/devices/{meter.Id}/refused")).StatusCode);
    }

    [Fact]
    public Task A_device_keeps_its_newest_refused_payloads_up_to_the_bound_and_another_device_loses_none() => KeepsNewestAsync(service);

    [Fact]
    public async Task The_bound_on_refused_payloads_holds_on_PostgreSQL()
    {
        using var replica = ActivityDataService.ReplicaOf(service, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:activity-data"] = $"{Environment.GetEnvironmentVariable("CARBON_TEST_POSTGRES")
                ?? throw new InvalidOperationException("CARBON_TEST_POSTGRES is not set: run the suite with ./carbon test, which starts PostgreSQL.")};Database=refused_{Guid.NewGuid():N}",
        });
        await KeepsNewestAsync(replica);
    }

    private static async Task KeepsNewestAsync(ActivityDataService service)
    {
        var park = new TestPark(service);
        var noisy = await Meter.RegisterAsync(service, park, "R-3");
        var quiet = await Meter.RegisterAsync(service, park, "R-4");
        await quiet.PostAsync("quiet and wrong");
        var metrics = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CarbonPlatform.ActivityData.Observability.DeviceMetrics>(service.Services);
        InputError[] refusal = [new(null, "body", "invalid-json", "Not JSON.")];

        await service.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 7; i++)
                await RefusedReadings.KeepAsync(db, metrics, noisy.Id, RefusedReadings.Mqtt, System.Text.Encoding.UTF8.GetBytes($"payload {i}"), 9,
                    refusal, CancellationToken.None, kept: 3);
            return 0;
        });

        var kept = (await RefusedAsync(park.Viewer, park, noisy)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("payload").GetString());
        Assert.Equal(["payload 7", "payload 6", "payload 5"], kept);
        Assert.Single((await RefusedAsync(park.Viewer, park, quiet)).GetProperty("items").EnumerateArray());
    }
}
