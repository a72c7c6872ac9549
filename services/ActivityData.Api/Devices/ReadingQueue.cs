using CarbonPlatform.ActivityData.Observability;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Readings published over MQTT: RabbitMQ's MQTT plugin puts each on <c>amq.topic</c> with the routing key
/// <c>carbon.devices.{id}.readings</c>, and the broker lets a device write only its own key (its topic permission), so the
/// key names the device. Every replica consumes the one durable queue (competing consumers); a reading kept once per
/// (device, time) makes a redelivery harmless. A payload that can never be kept is kept as refused (<see cref="RefusedReadings"/>), logged and
/// acknowledged, not retried.
/// </summary>
public sealed class ReadingQueue(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReadingQueue> log)
    : BackgroundService
{
    public const string Queue = "activity-data.device-readings";
    public const string Binding = "carbon.devices.*.readings";

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var url = configuration["Messaging:RabbitMq"];
        if (url is null || configuration["Messaging:Transport"] == "InMemory" || configuration["Devices:Mqtt:Consume"] == "false") return;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await ConsumeAsync(new Uri(url), ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Device readings queue: the broker connection failed; connecting again");
                await Task.Delay(TimeSpan.FromSeconds(5), ct).ContinueWith(_ => { });
            }
        }
    }

    private async Task ConsumeAsync(Uri url, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = url, ClientProvidedName = "activity-data device readings", AutomaticRecoveryEnabled = true };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await channel.QueueBindAsync(Queue, "amq.topic", Binding, cancellationToken: ct);
        await channel.BasicQosAsync(0, 16, false, ct);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            try
            {
                await HandleAsync(delivery.RoutingKey, delivery.Body, ct);
                await channel.BasicAckAsync(delivery.DeliveryTag, false, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Device readings from {RoutingKey}: not kept this time; the broker delivers them again", delivery.RoutingKey);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                await channel.BasicNackAsync(delivery.DeliveryTag, false, requeue: true, ct);
            }
        };
        await channel.BasicConsumeAsync(Queue, autoAck: false, consumer, ct);
        // The client recovers the connection, channel and consumer by itself after a broker restart.
        await Task.Delay(Timeout.Infinite, ct);
    }

    private async Task HandleAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        if (routingKey.Split('.') is not ["carbon", "devices", var id, "readings"] || !Guid.TryParse(id, out var deviceId))
        {
            log.LogWarning("Device readings on {RoutingKey}: not a device's topic; dropped", routingKey);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDb>();
        async Task RefuseAsync(IReadOnlyList<InputError> errors)
        {
            log.LogWarning("Device {DeviceId}: payload refused and kept ({Problem})", deviceId, errors[0].Message);
            await RefusedReadings.KeepAsync(db, scope.ServiceProvider.GetRequiredService<DeviceMetrics>(), deviceId, RefusedReadings.Mqtt, body,
                body.Length, errors, ct);
        }
        var (readings, errors) = ReadingPayload.Parse(body.Span);
        if (errors.Count > 0) { await RefuseAsync(errors); return; }
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deviceId, ct);
        if (device is null)
        {
            await RefuseAsync([new InputError(null, "device", "unknown-device", "No device of the platform has this id (deleted, or never registered).")]);
            return;
        }
        var outcome = await StoreReadings.StoreAsync(db, device, readings, DeviceViews.ParkNow(clock), ct);
        if (outcome.Errors.Count > 0) await RefuseAsync(outcome.Errors);
    }
}
