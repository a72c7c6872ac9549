namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// A device's payload that was not kept (not JSON, a reading for a recorded month, an unknown or retired device, …), kept
/// itself so the integrator sees what the meter sent and why: the payload's beginning only, up to a bound.
/// </summary>
public sealed class RefusedReading
{
    public long Id { get; set; }
    /// <summary>The device the payload was for (by its topic or its path); it may be unknown to the park.</summary>
    public Guid DeviceId { get; set; }
    /// <summary><c>mqtt</c> or <c>http</c>.</summary>
    public required string Channel { get; set; }
    public DateTime ReceivedAt { get; set; }
    /// <summary>The problem's code, e.g. <c>invalid-json</c>, <c>month-recorded</c>, <c>unknown-device</c>.</summary>
    public required string Reason { get; set; }
    public required string Message { get; set; }
    /// <summary>The payload as UTF-8 text, cut at <see cref="CarbonPlatform.ActivityData.Devices.RefusedReadings.MaxPayloadBytes"/>.</summary>
    public required string Payload { get; set; }
    /// <summary>The payload's whole size, for a cut one.</summary>
    public long PayloadBytes { get; set; }
}
