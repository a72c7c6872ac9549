using System.Text;
using CarbonPlatform.ActivityData.Observability;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Keeps a refused device payload (its beginning, up to <see cref="MaxPayloadBytes"/>) with the reason, and counts it.
/// Only a payload that reached a device's topic or passed a device's credential is kept: an unauthenticated request is
/// not, or anyone could fill the table. A device keeps its newest <see cref="KeptPerDevice"/>: one stuck sending a bad
/// payload every second fills no disk (the counter still counts every refusal).
/// </summary>
public static class RefusedReadings
{
    public const int MaxPayloadBytes = 4096;
    public const int MaxMessageLength = 1000;
    public const int KeptPerDevice = 1000;
    public const string Mqtt = "mqtt";
    public const string Http = "http";

    public static async Task KeepAsync(ActivityDb db, DeviceMetrics metrics, Guid deviceId, string channel, ReadOnlyMemory<byte> payload,
        long payloadBytes, IReadOnlyList<InputError> errors, CancellationToken ct, int kept = KeptPerDevice)
    {
        db.ChangeTracker.Clear();
        var message = string.Join(" ", errors.Select(e => e.Line is null ? e.Message : $"{e.Line}: {e.Message}"));
        db.RefusedReadings.Add(new RefusedReading
        {
            DeviceId = deviceId, Channel = channel, ReceivedAt = DateTime.UtcNow, Reason = errors[0].Code,
            Message = message.Length > MaxMessageLength ? message[..MaxMessageLength] : message,
            Payload = Text(payload.Span[..Math.Min(payload.Length, MaxPayloadBytes)]), PayloadBytes = payloadBytes,
        });
        await db.SaveChangesAsync(ct);
        metrics.Refused(channel, errors[0].Code);
        // Replicas may prune side by side: each deletes what lies below the device's newest kept, the same rows.
        await db.RefusedReadings
            .Where(r => r.DeviceId == deviceId && r.Id < db.RefusedReadings.Where(n => n.DeviceId == deviceId)
                .OrderByDescending(n => n.Id).Skip(kept - 1).Select(n => (long?)n.Id).FirstOrDefault())
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>The bytes as text: invalid UTF-8 (or a character cut at the bound) becomes U+FFFD; NUL, which PostgreSQL's text refuses, too.</summary>
    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes).Replace('\0', '\uFFFD');
}
