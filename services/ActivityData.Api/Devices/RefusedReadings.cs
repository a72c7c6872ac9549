using System.Text;
using CarbonPlatform.ActivityData.Observability;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Keeps a refused device payload (its beginning, up to <see cref="MaxPayloadBytes"/>) with the reason, and counts it.
/// Only a payload that reached a device's topic or passed a device's credential is kept: an unauthenticated request is
/// not, or anyone could fill the table.
/// </summary>
public static class RefusedReadings
{
    public const int MaxPayloadBytes = 4096;
    public const int MaxMessageLength = 1000;
    public const string Mqtt = "mqtt";
    public const string Http = "http";

    public static async Task KeepAsync(ActivityDb db, DeviceMetrics metrics, Guid deviceId, string channel, ReadOnlyMemory<byte> payload,
        long payloadBytes, IReadOnlyList<InputError> errors, CancellationToken ct)
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
    }

    /// <summary>The bytes as text: invalid UTF-8 (or a character cut at the bound) becomes U+FFFD; NUL, which PostgreSQL's text refuses, too.</summary>
    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes).Replace('\0', '\uFFFD');
}
