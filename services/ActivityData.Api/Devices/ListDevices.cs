namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A park's devices, each with its last reading, how many flags its last 31 days have and how many payloads were refused; and one device's flags.</summary>
public static class ListDevices
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(31);

    public static async Task<IResult> Handle(Guid parkId, HttpContext http, ActivityDb db, IParkDirectory parks, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await DeviceAccess.ForAsync(parks, caller, parkId, writing: false, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var devices = await db.Devices.AsNoTracking().Visible(db, caller, parkId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Take(1000).ToListAsync(ct);
        var now = DeviceViews.ParkNow(clock);
        var ids = devices.Select(d => d.Id).ToList();
        var refused = await db.RefusedReadings.AsNoTracking().Where(r => ids.Contains(r.DeviceId)).GroupBy(r => r.DeviceId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var items = new List<DeviceView>();
        foreach (var d in devices)
        {
            var last = await db.DeviceReadings.AsNoTracking().Where(r => r.DeviceId == d.Id).OrderByDescending(r => r.ReadAt)
                .Select(r => (DateTime?)r.ReadAt).FirstOrDefaultAsync(ct);
            var flags = d.RetiredAt is null ? (await DeviceReadingsQuery.FlagsAsync(db, d, now - RecentWindow, now, now, ct)).Flags.Count : 0;
            items.Add(DeviceViews.Of(d, last, flags, refused.GetValueOrDefault(d.Id)));
        }
        return Results.Ok(new DeviceList(parkId, items));
    }

    /// <summary>?from=&amp;to= are the park's local times (default: the last 31 days).</summary>
    public static async Task<IResult> Flags(Guid parkId, Guid deviceId, DateTime? from, DateTime? to, HttpContext http, ActivityDb db, IParkDirectory parks,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await DeviceAccess.ForAsync(parks, caller, parkId, writing: false, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        if (await DeviceAccess.FindAsync(db, caller, parkId, deviceId, ct) is not { } device) return Problems.NotFound("The device");
        var now = DeviceViews.ParkNow(clock);
        var (end, start) = (to ?? now, from ?? (to ?? now) - RecentWindow);
        if (start >= end) return Problems.Invalid("from", "invalid-window", "from is before to.");
        var (readings, flags) = await DeviceReadingsQuery.FlagsAsync(db, device, start, end, now, ct);
        return Results.Ok(new DeviceFlags(device.Id, device.SourceId, start, end, readings,
            flags.Select(f => new MeterFlagView(f.Kind, f.Since, f.At, f.Quantity, f.Message)).ToList()));
    }
}
