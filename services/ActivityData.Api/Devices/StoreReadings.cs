namespace CarbonPlatform.ActivityData.Devices;

/// <summary>What became of a device's readings: how many were new, how many were already kept, or why none was taken.</summary>
public sealed record StoreOutcome(int Stored, int AlreadyKept, IReadOnlyList<InputError> Errors);

/// <summary>
/// Keeps an active device's readings, once per (device, time): a redelivered message or a resent request stores nothing
/// twice (the unique index decides between replicas; the loser looks again and finds them kept). A reading in the future or
/// in a month already recorded as a line is refused: the line would no longer be what its readings sum to.
/// </summary>
public static class StoreReadings
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static async Task<StoreOutcome> StoreAsync(ActivityDb db, Device device, IReadOnlyList<RegisterReading> readings, DateTime parkNow,
        CancellationToken ct)
    {
        if (device.RetiredAt is not null) return new(0, 0, [new InputError(null, "device", "device-retired", "The device is retired.")]);
        var errors = readings.Where(r => r.At > parkNow + ClockSkew)
            .Select(r => new InputError(null, "time", "time-in-future", $"{r.At:yyyy-MM-dd HH:mm:ss} is later than now in the park.")).ToList();
        var months = readings.Select(r => (r.At.Year, r.At.Month)).Distinct().ToList();
        var recorded = (await db.DeviceMonths.AsNoTracking().Where(m => m.DeviceId == device.Id).Select(m => new { m.Year, m.Month }).ToListAsync(ct))
            .Select(m => (m.Year, m.Month)).Intersect(months).ToList();
        errors.AddRange(recorded.Select(m => new InputError(null, "time", "month-recorded",
            $"{m.Year}-{m.Month:00} is already recorded as the source's monthly line; correct that line in the ledger instead.")));
        if (errors.Count > 0) return new(0, 0, errors);

        var distinct = readings.GroupBy(r => r.At).Select(g => g.First()).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var times = distinct.Select(r => r.At).ToList();
            var kept = (await db.DeviceReadings.AsNoTracking().Where(r => r.DeviceId == device.Id && times.Contains(r.ReadAt)).Select(r => r.ReadAt)
                .ToListAsync(ct)).ToHashSet();
            var fresh = distinct.Where(r => !kept.Contains(r.At)).ToList();
            var received = DateTime.UtcNow;
            db.DeviceReadings.AddRange(fresh.Select(r => new DeviceReading { DeviceId = device.Id, ReadAt = r.At, Value = r.Value, ReceivedAt = received }));
            try
            {
                await db.SaveChangesAsync(ct);
                return new(fresh.Count, readings.Count - fresh.Count, []);
            }
            catch (DbUpdateException e) when (LostRace.Is(e) && attempt < 3)
            {
                db.ChangeTracker.Clear(); // another replica stored some of them meanwhile: look again
            }
        }
    }
}
