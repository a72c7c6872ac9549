using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Devices;

/// <summary>Meters publishing over MQTT through RabbitMQ's MQTT plugin, with the credential the platform issued and provisioned.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StreamingMeterTests(PlatformFixture platform)
{
    private int Port => platform.MqttPort ?? throw new InvalidOperationException("CARBON_TEST_MQTT_PORT is not set: run the suite with ./carbon test, which starts the MQTT plugin.");

    private static readonly DateTime From = new(2024, 2, 29, 23, 0, 0);
    private static double Register(int hour) => 5000 + hour * 3 + hour % 4 * 0.25;

    private async Task<(HttpClient Op, string Park, string Enterprise)> ParkAsync()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "表计园区 " + Guid.NewGuid().ToString("N")[..6], "320500");
        var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var park = await Tenants.ParkAsync(op, tenant, "表计示范园 " + Guid.NewGuid().ToString("N")[..6], "320571");
        var enterprise = (await op.PostAsync($"/api/v1/parks/{park}/enterprises", new { name = "华润电子", keyEnergyUser = true })).Str("id");
        return (op, park, enterprise);
    }

    private static async Task<string> MeteredSourceAsync(HttpClient op, string park, string enterprise, string name) =>
        (await op.PostAsync($"/api/v1/parks/{park}/emission-sources", new { enterpriseId = enterprise, name, kind = "purchased-electricity", unit = "MWh", metered = true })).Str("id");

    private static Task<JsonElement> RegisterAsync(HttpClient op, string park, string source, string meterId) =>
        op.PostAsync($"/api/v1/parks/{park}/devices", new { sourceId = source, meterId, unit = "MWh", intervalMinutes = 60, multiplier = 0.001 });

    private static Task<JsonElement> DeviceAsync(HttpClient op, string park, string deviceId, Func<JsonElement, bool> done) =>
        op.EventuallyAsync($"/api/v1/parks/{park}/devices", list => list.GetProperty("items").EnumerateArray().Any(d => d.Str("id") == deviceId && done(d)));

    private static string LastReading(JsonElement list, string deviceId) =>
        list.GetProperty("items").EnumerateArray().Single(d => d.Str("id") == deviceId) is var d && d.GetProperty("lastReadingAt").ValueKind == JsonValueKind.String
            ? d.Str("lastReadingAt") : "";

    [Fact]
    public async Task Readings_published_over_mqtt_reach_the_same_monthly_line_as_the_equivalent_csv_and_another_devices_topic_is_refused()
    {
        var (op, park, enterprise) = await ParkAsync();
        var (streamed, other, imported) = (await MeteredSourceAsync(op, park, enterprise, "1# 总表"), await MeteredSourceAsync(op, park, enterprise, "2# 总表"),
            await MeteredSourceAsync(op, park, enterprise, "3# 总表 (文件)"));
        var device = await RegisterAsync(op, park, streamed, "DB-0001");
        var neighbour = await RegisterAsync(op, park, other, "DB-0002");
        var (id, neighbourId) = (device.GetProperty("device").Str("id"), neighbour.GetProperty("device").Str("id"));
        var hours = (int)(new DateTime(2024, 3, 31, 23, 0, 0) - From).TotalHours + 1;
        var readings = Enumerable.Range(0, hours).Select(h => (From.AddHours(h), Register(h))).ToList();

        await using (var meter = await Meter.ConnectAsync(Port, device))
        {
            await meter.PublishAsync(device.Str("topic"), readings);
            await meter.PublishAsync(device.Str("topic"), readings.Take(10)); // a resend: kept once
        }
        await DeviceAsync(op, park, id, d => d.GetProperty("lastReadingAt").ValueKind == JsonValueKind.String
            && DateTime.Parse(d.Str("lastReadingAt"), CultureInfo.InvariantCulture) == readings[^1].Item1);
        await using (var intruder = await Meter.ConnectAsync(Port, device))
        {
            // The broker refuses a publish outside the device's topic permission and closes the connection.
            var refused = await Record.ExceptionAsync(() => intruder.PublishAsync(neighbour.Str("topic"), readings.Take(1)));
            await WaitUntilAsync(() => !intruder.IsConnected, TimeSpan.FromSeconds(10));
            Assert.True(refused is not null || !intruder.IsConnected);
        }
        var recorded = await op.PostAsync($"/api/v1/parks/{park}/devices/months", new { year = 2024, month = 3 }, HttpStatusCode.OK);
        var csv = new StringBuilder("sourceId,readAt,quantity\n");
        for (var h = 1; h < hours; h++)
            csv.Append(CultureInfo.InvariantCulture, $"{imported},{From.AddHours(h):yyyy-MM-dd HH:mm:ss},{(Register(h) - Register(h - 1)) * 0.001}\n");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var import = await op.PostAsync($"/api/v1/parks/{park}/meter-readings?year=2024&dryRun=false", content);

        Assert.Equal(HttpStatusCode.Accepted, import.StatusCode);
        Assert.Equal("recorded", recorded.GetProperty("devices").EnumerateArray().Single(d => d.Str("deviceId") == id).Str("status"));
        var lines = (await op.GetJsonAsync($"/api/v1/parks/{park}/activity-records?year=2024")).GetProperty("items").EnumerateArray().ToList();
        double Quantity(string source) => lines.Single(l => l.GetProperty("sourceId").GetString() == source).Num("quantity");
        Assert.Equal(Quantity(imported), Quantity(streamed), 9);
        Assert.DoesNotContain(lines, l => l.GetProperty("sourceId").GetString() == other);
        Assert.Equal("", LastReading(await op.GetJsonAsync($"/api/v1/parks/{park}/devices"), neighbourId));
        var ledger = await op.GetJsonAsync($"/api/v1/parks/{park}/ledger/verification");
        Assert.True(ledger.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task A_gap_and_a_counter_reset_published_over_mqtt_are_flagged()
    {
        var (op, park, enterprise) = await ParkAsync();
        var device = await RegisterAsync(op, park, await MeteredSourceAsync(op, park, enterprise, "4# 分表"), "DB-0004");
        var id = device.GetProperty("device").Str("id");
        var start = new DateTime(2024, 6, 1);
        // Hourly, nothing from 03:00 to 06:00, the register back to 1 at 08:00 (the meter was replaced).
        (int Hour, double Value)[] points = [(0, 100), (1, 101), (2, 102), (6, 106), (7, 107), (8, 1), (9, 2)];

        await using (var meter = await Meter.ConnectAsync(Port, device))
            await meter.PublishAsync(device.Str("topic"), points.Select(p => (start.AddHours(p.Hour), p.Value)));
        await DeviceAsync(op, park, id, d => d.GetProperty("lastReadingAt").ValueKind == JsonValueKind.String
            && DateTime.Parse(d.Str("lastReadingAt"), CultureInfo.InvariantCulture) == start.AddHours(9));
        var flags = await op.GetJsonAsync($"/api/v1/parks/{park}/devices/{id}/flags?from=2024-06-01T00:00:00&to=2024-06-01T10:00:00");

        Assert.Equal([("gap", "2024-06-01T02:00:00"), ("reset", "2024-06-01T07:00:00")],
            flags.GetProperty("flags").EnumerateArray().Select(f => (f.Str("kind"), f.Str("since"))));
    }

    [Fact]
    public async Task A_retired_devices_connection_is_closed_and_it_cannot_connect_again()
    {
        var (op, park, enterprise) = await ParkAsync();
        var device = await RegisterAsync(op, park, await MeteredSourceAsync(op, park, enterprise, "5# 分表"), "DB-0005");
        await using var meter = await Meter.ConnectAsync(Port, device);
        await meter.PublishAsync(device.Str("topic"), [(new DateTime(2024, 7, 1), 1.0)]);

        await op.SendAsync(HttpMethod.Delete, $"/api/v1/parks/{park}/devices/{device.GetProperty("device").Str("id")}", null, HttpStatusCode.OK);

        await WaitUntilAsync(() => !meter.IsConnected, TimeSpan.FromSeconds(15));
        Assert.False(meter.IsConnected);
        await using var again = new Meter(Port, device.Str("username"), device.Str("secret"));
        await Assert.ThrowsAnyAsync<Exception>(again.ConnectAsync);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(200);
    }
}
