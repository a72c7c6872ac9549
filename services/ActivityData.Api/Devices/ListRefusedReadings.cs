namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A device's refused payloads, newest first, for whoever may see the device (an enterprise: its own devices).</summary>
public static class ListRefusedReadings
{
    public static async Task<IResult> Handle(Guid parkId, Guid deviceId, int? limit, string? cursor, HttpContext http, ActivityDb db,
        IParkDirectory parks, CancellationToken ct)
    {
        if (!PageRequest<SequenceKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var caller = http.Caller();
        var access = await DeviceAccess.ForAsync(parks, caller, parkId, writing: false, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        if (await DeviceAccess.FindAsync(db, caller, parkId, deviceId, ct) is not { } device) return Problems.NotFound("The device");
        var query = db.RefusedReadings.AsNoTracking().Where(r => r.DeviceId == device.Id);
        if (page.After is { } after) query = query.Where(r => r.Id < after.Sequence);
        var rows = await query.OrderByDescending(r => r.Id).Take(page.Fetch).ToListAsync(ct);
        var list = page.Finish(rows, r => new SequenceKey(r.Id), r => new RefusedReadingView(r.Id, r.Channel,
            DateTime.SpecifyKind(r.ReceivedAt, DateTimeKind.Utc), r.Reason, r.Message, r.Payload, r.PayloadBytes, r.PayloadBytes > RefusedReadings.MaxPayloadBytes));
        return Results.Ok(new RefusedReadingList(device.Id, list.Items, list.NextCursor));
    }
}
