using System.Globalization;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace CarbonPlatform.EndToEnd.Tests.Devices;

/// <summary>A meter as an integrator builds one: an MQTT 3.1.1 client signed in with the credential the platform issued it.</summary>
public sealed class Meter(int port, string username, string secret) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    public bool IsConnected => _client.IsConnected;

    public static async Task<Meter> ConnectAsync(int port, JsonElement issued)
    {
        var meter = new Meter(port, issued.Str("username"), issued.Str("secret"));
        await meter.ConnectAsync();
        return meter;
    }

    /// <summary>Connects; throws when the broker refuses (a wrong or revoked credential).</summary>
    public async Task ConnectAsync()
    {
        var options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithCredentials(username, secret)
            .WithClientId(username + "-" + Guid.NewGuid().ToString("N")[..6]).WithProtocolVersion(MqttProtocolVersion.V311).WithCleanSession()
            .WithTimeout(TimeSpan.FromSeconds(10)).Build();
        var result = await _client.ConnectAsync(options);
        if (result.ResultCode != MqttClientConnectResultCode.Success) throw new InvalidOperationException($"refused: {result.ResultCode}");
    }

    /// <summary>Publishes register values at QoS 1 (the broker confirms each message), in messages of at most 200 readings.</summary>
    public async Task PublishAsync(string topic, IEnumerable<(DateTime At, double Value)> readings)
    {
        foreach (var chunk in readings.Chunk(200))
        {
            var payload = JsonSerializer.Serialize(chunk.Select(r => new
            {
                time = r.At.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture), value = r.Value,
            }));
            var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
            await _client.PublishAsync(message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
            try { await _client.DisconnectAsync(); }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException) { /* the broker closed it first */ }
        _client.Dispose();
    }
}
