namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A device's register readings of a window, sorted, with the last one before it (the window's first interval starts there).</summary>
public static class DeviceReadingsQuery
{
    public static async Task<List<RegisterReading>> WindowAsync(ActivityDb db, Guid deviceId, DateTime from, DateTime to, CancellationToken ct)
    {
        var before = await db.DeviceReadings.AsNoTracking().Where(r => r.DeviceId == deviceId && r.ReadAt < from)
            .OrderByDescending(r => r.ReadAt).Select(r => new RegisterReading(r.ReadAt, r.Value)).FirstOrDefaultAsync(ct);
        var inside = await db.DeviceReadings.AsNoTracking().Where(r => r.DeviceId == deviceId && r.ReadAt >= from && r.ReadAt < to)
            .OrderBy(r => r.ReadAt).Select(r => new RegisterReading(r.ReadAt, r.Value)).ToListAsync(ct);
        if (before != default) inside.Insert(0, before);
        return inside;
    }

    /// <summary>The flags of a window: those ending inside it (a gap reaching to its end when the meter is silent).</summary>
    public static async Task<(int Readings, IReadOnlyList<MeterFlag> Flags)> FlagsAsync(ActivityDb db, Device device, DateTime from, DateTime to,
        DateTime now, CancellationToken ct)
    {
        var readings = await WindowAsync(db, device.Id, from, to, ct);
        var end = to < now ? to : now;
        var flags = MeterSeries.Flags(readings, DeviceViews.Profile(device), end).Where(f => f.At > from).ToList();
        return (readings.Count(r => r.At >= from), flags);
    }
}
