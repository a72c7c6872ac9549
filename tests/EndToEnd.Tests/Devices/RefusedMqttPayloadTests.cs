using System.Text.Json;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Devices;

/// <summary>A payload a meter publishes that cannot be kept as readings is kept as refused, not only logged.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RefusedMqttPayloadTests(PlatformFixture platform)
{
    private int Port => platform.MqttPort ?? throw new InvalidOperationException("CARBON_TEST_MQTT_PORT is not set: run the suite with ./carbon test, which starts the MQTT plugin.");

    [Fact]
    public async Task A_payload_published_over_mqtt_that_is_not_json_is_listed_among_the_devices_refused_payloads()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "拒收园区 " + Guid.NewGuid().ToString("N")[..6], "320500");
        var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var park = await Tenants.ParkAsync(op, tenant, "拒收示范园 " + Guid.NewGuid().ToString("N")[..6], "320571");
        var enterprise = (await op.PostAsync($"/api/v1/parks/{park}/enterprises", new { name = "苏钢", keyEnergyUser = true })).Str("id");
        var source = (await op.PostAsync($"/api/v1/parks/{park}/emission-sources",
            new { enterpriseId = enterprise, name = "6# 分表", kind = "purchased-electricity", unit = "MWh", metered = true })).Str("id");
        var device = await op.PostAsync($"/api/v1/parks/{park}/devices", new { sourceId = source, meterId = "DB-0006", unit = "MWh", intervalMinutes = 60 });
        var id = device.GetProperty("device").Str("id");

        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", Port)
            .WithCredentials(device.Str("username"), device.Str("secret")).WithClientId(device.Str("username") + "-refused")
            .WithProtocolVersion(MqttProtocolVersion.V311).WithCleanSession().WithTimeout(TimeSpan.FromSeconds(10)).Build());
        await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(device.Str("topic")).WithPayload("{\"time\": oops")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await client.DisconnectAsync();

        var refused = await op.EventuallyAsync($"/api/v1/parks/{park}/devices/{id}/refused", list => list.GetProperty("items").GetArrayLength() > 0);
        var item = Assert.Single(refused.GetProperty("items").EnumerateArray());
        Assert.Equal(("mqtt", "invalid-json", "{\"time\": oops"), (item.Str("channel"), item.Str("reason"), item.Str("payload")));
        var list = await op.GetJsonAsync($"/api/v1/parks/{park}/devices");
        Assert.Equal(1, list.GetProperty("items").EnumerateArray().Single(d => d.Str("id") == id).GetProperty("refusedPayloads").GetInt32());
    }
}
