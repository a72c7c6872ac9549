namespace CarbonPlatform.ActivityData.Devices;

public static class DeviceViews
{
    public static DeviceView Of(Device d, DateTime? lastReadingAt, int openFlags, int refusedPayloads = 0) =>
        new(d.Id, d.SourceId, d.MeterId, d.Unit, d.IntervalMinutes, d.Multiplier, d.JumpBound, d.Username, ManagementBrokerAccounts.Topic(d.Id),
            d.RetiredAt is null ? "active" : "retired", d.CreatedBy, DateTime.SpecifyKind(d.CreatedAt, DateTimeKind.Utc),
            d.RetiredAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null, lastReadingAt, openFlags, refusedPayloads);

    public static MeterProfile Profile(Device d) => new(TimeSpan.FromMinutes(d.IntervalMinutes), d.Multiplier, d.JumpBound);

    /// <summary>The park's local time now (China Standard Time): readings carry it.</summary>
    public static DateTime ParkNow(TimeProvider clock) => clock.GetUtcNow().UtcDateTime.AddHours(8);
}
