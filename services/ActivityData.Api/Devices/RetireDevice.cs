namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Retires a device: its credential stops working at once (HTTP checks the row; the broker's user is deleted and its open
/// connections closed). Its readings and recorded months stay. Retiring twice answers the same.
/// </summary>
public static class RetireDevice
{
    public static async Task<IResult> Handle(Guid parkId, Guid deviceId, HttpContext http, ActivityDb db, IParkDirectory parks, IBrokerAccounts broker,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await DeviceAccess.ForAsync(parks, caller, parkId, writing: true, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        if (await DeviceAccess.FindAsync(db, caller, parkId, deviceId, ct) is not { } device) return Problems.NotFound("The device");
        if (device.RetiredAt is null)
        {
            device.RetiredAt = DateTime.UtcNow;
            device.RetiredBy = caller.Subject;
            await db.SaveChangesAsync(ct);
        }
        // Again on a repeated call: a revocation the broker missed (it was down) is completed by retrying.
        await broker.RevokeAsync(device.Username, ct);
        return Results.Ok(DeviceViews.Of(device, null, 0));
    }
}
