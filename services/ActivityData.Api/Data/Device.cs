namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// A meter that reports by itself (MQTT or HTTP) for one metered emission source. It sends the value of its register (a
/// counter that only grows); the quantity of an interval is the difference of two readings times <see cref="Multiplier"/>.
/// </summary>
public sealed class Device
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public Guid SourceId { get; set; }
    /// <summary>The meter's own number (表号), unique in the park.</summary>
    public required string MeterId { get; set; }
    /// <summary>The unit of the source's lines the register counts in (after the multiplier).</summary>
    public required string Unit { get; set; }
    /// <summary>How often the meter reports: a reading later than this after the previous one leaves a gap.</summary>
    public int IntervalMinutes { get; set; }
    /// <summary>The register's factor (e.g. a current transformer's ratio): quantity = Δregister × multiplier.</summary>
    public double Multiplier { get; set; }
    /// <summary>The largest quantity one interval may plausibly have; a larger one is flagged as a jump (none: never).</summary>
    public double? JumpBound { get; set; }
    /// <summary>The name the device signs in with, at the broker and over HTTP.</summary>
    public required string Username { get; set; }
    /// <summary>SHA-256 of the device's secret (hex): the secret itself is shown once, when it is issued.</summary>
    public required string SecretHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? RetiredBy { get; set; }
    public DateTime? RetiredAt { get; set; }
}

/// <summary>One value of a device's register at a moment (park local time), as the device sent it; kept once per (device, time).</summary>
public sealed class DeviceReading
{
    public long Id { get; set; }
    public Guid DeviceId { get; set; }
    public DateTime ReadAt { get; set; }
    public double Value { get; set; }
    public DateTime ReceivedAt { get; set; }
}

/// <summary>A device's month recorded as the monthly line of its source: at most once (the key), by whichever replica gets there first.</summary>
public sealed class DeviceMonth
{
    public Guid DeviceId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public Guid BatchId { get; set; }
    public DateTime RecordedAt { get; set; }
}
