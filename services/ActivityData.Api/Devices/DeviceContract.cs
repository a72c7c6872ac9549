namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A meter to register for a metered emission source: its number (表号), how often it reports, its register's factor.</summary>
public sealed record DeviceRequest(Guid SourceId, string MeterId, string Unit, int IntervalMinutes, double Multiplier = 1, double? JumpBound = null);

public sealed record DeviceView(Guid Id, Guid SourceId, string MeterId, string Unit, int IntervalMinutes, double Multiplier, double? JumpBound,
    string Username, string Topic, string Status, string CreatedBy, DateTime CreatedAt, DateTime? RetiredAt, DateTime? LastReadingAt,
    int OpenFlags, int RefusedPayloads = 0);

public sealed record DeviceList(Guid ParkId, IReadOnlyList<DeviceView> Items);

/// <summary>
/// The device's credential, shown this once (only its hash is kept): over MQTT it connects as <see cref="Username"/> with
/// <see cref="Secret"/> and publishes to <see cref="Topic"/>; over HTTP it sends them as Basic authentication.
/// </summary>
public sealed record DeviceIssued(DeviceView Device, string Username, string Secret, string Topic, int? MqttPort, string HttpPath, bool BrokerProvisioned);

public sealed record MeterFlagView(string Kind, DateTime Since, DateTime At, double? Quantity, string Message);

public sealed record DeviceFlags(Guid DeviceId, Guid SourceId, DateTime From, DateTime To, int Readings, IReadOnlyList<MeterFlagView> Flags);

public sealed record RecordMonthRequest(int Year, int Month);

public sealed record DeviceMonthRecorded(Guid DeviceId, Guid? BatchId, int Intervals, string Status, string? Problem);

public sealed record MonthRecorded(Guid ParkId, int Year, int Month, IReadOnlyList<DeviceMonthRecorded> Devices);

public sealed record ReadingsAccepted(Guid DeviceId, int Received, int Stored, int AlreadyKept);

public sealed record SourceQuality(Guid SourceId, double Coverage, double Timeliness, double Evidence, double Score);

public sealed record ParkQuality(Guid ParkId, int Year, double Coverage, double Timeliness, double Evidence, double Score, IReadOnlyList<SourceQuality> Sources);

/// <summary>A payload the device sent that was not kept: when, through which channel, why, and its beginning (cut at 4 KB).</summary>
public sealed record RefusedReadingView(long Id, string Channel, DateTime ReceivedAt, string Reason, string Message, string Payload, long PayloadBytes,
    bool Truncated);

public sealed record RefusedReadingList(Guid DeviceId, IReadOnlyList<RefusedReadingView> Items, string? NextCursor);
