namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Records a finished month of the park's devices as their sources' monthly lines: <c>{ year, month }</c>. Readings keep
/// arriving during the month; its line is recorded once, when the month is over (a later reading of it is refused and the
/// line is corrected in the ledger). Repeating the call records only what is not yet recorded.
/// </summary>
public static class RecordMonths
{
    public static async Task<IResult> Handle(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        IFactorReleaseProvider releases, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await DeviceAccess.ForAsync(parks, caller, parkId, writing: true, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        int Number(string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var p) && p.TryGetInt32(out var n) ? n : 0;
        var (year, month) = (Number("year"), Number("month"));
        if (year is < 1990 or > 2200) return Problems.Invalid("year", "missing-field", "year is the reporting year of the month.");
        if (month is < 1 or > 12) return Problems.Invalid("month", "missing-field", "month is 1 to 12.");
        if (new DateTime(year, month, 1).AddMonths(1) > DeviceViews.ParkNow(clock))
            return Problems.Conflict("month", "month-not-over", $"{year}-{month:00} is not over yet in the park: its readings are still arriving.");

        var devices = await db.Devices.AsNoTracking().Visible(db, caller, parkId).OrderBy(d => d.CreatedAt).ToListAsync(ct);
        var sources = await db.Sources.AsNoTracking().Where(s => s.ParkId == parkId).ToDictionaryAsync(s => s.Id, ct);
        var results = new List<DeviceMonthRecorded>();
        foreach (var device in devices)
        {
            db.ChangeTracker.Clear();
            results.Add(await RecordDeviceMonth.RecordAsync(db, access.Park, device, sources[device.SourceId], year, month, caller, releases, ct));
        }
        return Results.Ok(new MonthRecorded(parkId, year, month, results));
    }
}
