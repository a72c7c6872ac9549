using CarbonPlatform.ActivityData.Factors;

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
        var due = await (from r in db.DeviceReadings.AsNoTracking()
                         join d in db.Devices.AsNoTracking() on r.DeviceId equals d.Id
                         where d.RetiredAt == null && r.ReadAt >= since && r.ReadAt < until
                         select new { d.ParkId, r.DeviceId, r.ReadAt.Year, r.ReadAt.Month }).Distinct()
            .Where(x => !db.DeviceMonths.Any(m => m.DeviceId == x.DeviceId && m.Year == x.Year && m.Month == x.Month))
            .ToListAsync(ct);
        var closed = new List<ClosedMonth>();
        foreach (var park in due.GroupBy(x => x.ParkId))
        {
            if (await parks.FindAsync(park.Key, ct) is not { } scope) continue;
            var caller = new Caller(Actor, scope.OperatorOrganizationId, OrganizationKinds.ParkOperator, scope.RegionCode, new HashSet<string>());
            foreach (var month in park.OrderBy(x => x.Year).ThenBy(x => x.Month))
            {
                db.ChangeTracker.Clear();
                var device = await db.Devices.AsNoTracking().SingleAsync(d => d.Id == month.DeviceId, ct);
                var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == device.SourceId, ct);
                closed.Add(new(park.Key, month.Year, month.Month,
                    await RecordDeviceMonth.RecordAsync(db, scope, device, source, month.Year, month.Month, caller, releases, ct)));
            }
        }
        return closed;
    }

    /// <summary>The park-time readings whose months are due: from the first month looked at to the first month not yet over plus the delay.</summary>
    public static (DateTime From, DateTime Until) DueWindow(DateTime parkNow, TimeSpan delay)
    {
        var latest = parkNow - delay;
        var until = new DateTime(latest.Year, latest.Month, 1);
        return (until.AddMonths(-LookBackMonths), until);
    }
}
