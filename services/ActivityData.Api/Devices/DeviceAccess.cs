namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Who sees and keeps a park's devices: the operator's administrator and data entry (and the platform administrator) all
/// of them, the park's readers read them; an enterprise's callers only the devices of its own sources.
/// </summary>
public static class DeviceAccess
{
    public static Task<ParkAccessResult> ForAsync(IParkDirectory parks, Caller caller, Guid parkId, bool writing, CancellationToken ct) =>
        caller.IsEnterprise ? parks.ForEnterpriseAsync(caller, parkId, writing, ct)
        : writing ? parks.ForWritingAsync(caller, parkId, ct) : parks.ForReadingAsync(caller, parkId, ct);

    /// <summary>The park's devices this caller may see (an enterprise's: those of its own sources).</summary>
    public static IQueryable<Device> Visible(this IQueryable<Device> devices, ActivityDb db, Caller caller, Guid parkId)
    {
        var inPark = devices.Where(d => d.ParkId == parkId);
        return caller.IsEnterprise
            ? inPark.Where(d => db.Sources.Any(s => s.Id == d.SourceId && s.EnterpriseId == caller.EnterpriseId))
            : inPark;
    }

    public static Task<Device?> FindAsync(ActivityDb db, Caller caller, Guid parkId, Guid deviceId, CancellationToken ct) =>
        db.Devices.Visible(db, caller, parkId).FirstOrDefaultAsync(d => d.Id == deviceId, ct);
}
