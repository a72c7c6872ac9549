namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A device's month the closing recorded (or submitted, skipped, refused), in which park.</summary>
public sealed record ClosedMonth(Guid ParkId, int Year, int Month, DeviceMonthRecorded Outcome);

/// <summary>
/// Records every active device's months that are over in the park (UTC+8) by more than the grace period, through the same
/// path as <c>POST …/devices/months</c>. What is already recorded is found by the (device, year, month) key and skipped;
/// two replicas closing at once both reach <see cref="RecordDeviceMonth"/>, where the key lets one record and the other
/// find it recorded. Nothing is kept in the process: each run asks the database what is due.
/// </summary>
public static class CloseDueMonths
{
    /// <summary>The actor named in the ledger for what the closing records.</summary>
    public const string Actor = "system:month-closing";

    /// <summary>Months older than this are left to <c>POST …/devices/months</c>: a year's months at most are looked at on each run.</summary>
    public const int LookBackMonths = 12;

    public static async Task<IReadOnlyList<ClosedMonth>> RunAsync(ActivityDb db, IParkDirectory parks, IFactorReleaseProvider releases,
        TimeProvider clock, TimeSpan delay, CancellationToken ct)
    {
        var (since, until) = DueWindow(DeviceViews.ParkNow(clock), delay);
        var closed = new List<ClosedMonth>();
        foreach (var park in (await DueAsync(db, since, until, ct)).GroupBy(x => x.ParkId))
        {
            if (await parks.FindAsync(park.Key, ct) is not { } scope) continue;
            var caller = new Caller(Actor, scope.OperatorOrganizationId, OrganizationKinds.ParkOperator, scope.RegionCode, new HashSet<string>());
            var deviceIds = park.Select(x => x.DeviceId).Distinct().ToList();
            var devices = await db.Devices.AsNoTracking().Where(d => d.ParkId == park.Key && deviceIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
            var sourceIds = devices.Values.Select(d => d.SourceId).Distinct().ToList();
            var sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            foreach (var month in park.OrderBy(x => x.Year).ThenBy(x => x.Month))
            {
                db.ChangeTracker.Clear();
                var device = devices[month.DeviceId];
                closed.Add(new(park.Key, month.Year, month.Month,
                    await RecordDeviceMonth.RecordAsync(db, scope, device, sources[device.SourceId], month.Year, month.Month, caller, releases, ct)));
            }
        }
        return closed;
    }

    /// <summary>
    /// Each active device's months in the window that have a reading and no month key. Asked month by month, per device:
    /// "is there a reading in this month" stops at the first one on the (device, time) index, where reading every reading
    /// of the last year (a meter sending each minute: half a million a year) on every replica every hour would not.
    /// </summary>
    private static async Task<List<(Guid ParkId, Guid DeviceId, int Year, int Month)>> DueAsync(ActivityDb db, DateTime since, DateTime until,
        CancellationToken ct)
    {
        var due = new List<(Guid, Guid, int, int)>();
        for (var start = since; start < until; start = start.AddMonths(1))
        {
            var (end, year, month) = (start.AddMonths(1), start.Year, start.Month);
            var devices = await db.Devices.AsNoTracking()
                .Where(d => d.RetiredAt == null
                    && !db.DeviceMonths.Any(m => m.DeviceId == d.Id && m.Year == year && m.Month == month)
                    && db.DeviceReadings.Any(r => r.DeviceId == d.Id && r.ReadAt >= start && r.ReadAt < end))
                .Select(d => new { d.ParkId, d.Id }).ToListAsync(ct);
            due.AddRange(devices.Select(d => (d.ParkId, d.Id, year, month)));
        }
        return due;
    }

    /// <summary>The park-time readings whose months are due: from the first month looked at to the first month not yet over plus the delay.</summary>
    public static (DateTime From, DateTime Until) DueWindow(DateTime parkNow, TimeSpan delay)
    {
        var latest = parkNow - delay;
        var until = new DateTime(latest.Year, latest.Month, 1);
        return (until.AddMonths(-LookBackMonths), until);
    }
}
