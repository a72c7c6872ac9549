namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Registers a meter for a metered source and issues its credential: stored as a hash, provisioned at the broker, shown once.
/// The broker is provisioned before the row is committed: a refusal there leaves nothing registered.
/// </summary>
public static class RegisterDevice
{
    public static async Task<IResult> Handle(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        IBrokerAccounts broker, IConfiguration configuration, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await DeviceAccess.ForAsync(parks, caller, parkId, writing: true, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var (request, errors) = DeviceRequests.Read(body);
        if (request is null) return Problems.Invalid(errors, "The device is invalid; nothing was registered.");
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.ParkId == parkId && s.Id == request.SourceId
            && (!caller.IsEnterprise || s.EnterpriseId == caller.EnterpriseId), ct);
        if (source is null) return Problems.Invalid("sourceId", "unknown-source", $"'{request.SourceId}' is not an emission source of this park{(caller.IsEnterprise ? " of your enterprise" : "")}.");
        if (!source.Metered) return Problems.Invalid("sourceId", "not-metered", $"'{source.Name}' is not a metered source: register it with metered = true.");
        if (request.Unit != source.Unit)
            return Problems.Invalid("unit", "unit-mismatch", $"The meter counts in '{request.Unit}' but {source.Name}'s lines are in '{source.Unit}': the multiplier converts, the unit is the source's.");

        var id = Guid.NewGuid();
        var secret = DeviceSecrets.New();
        var device = new Device
        {
            Id = id, ParkId = parkId, SourceId = source.Id, MeterId = request.MeterId, Unit = request.Unit, IntervalMinutes = request.IntervalMinutes,
            Multiplier = request.Multiplier, JumpBound = request.JumpBound, Username = DeviceSecrets.UsernameOf(id), SecretHash = DeviceSecrets.Hash(secret),
            CreatedBy = caller.Subject, CreatedAt = DateTime.UtcNow,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Devices.Add(device);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (LostRace.Is(e))
        {
            return Problems.Conflict("meterId", "meter-registered", $"Meter '{request.MeterId}' is already registered in this park.");
        }
        await broker.ProvisionAsync(device.Username, secret, id, ct);
        await transaction.CommitAsync(ct);
        var mqttPort = int.TryParse(configuration["Devices:Mqtt:Port"], out var port) ? port : (int?)null;
        return Results.Created($"/api/v1/parks/{parkId}/devices/{id}", new DeviceIssued(DeviceViews.Of(device, null, 0), device.Username, secret,
            ManagementBrokerAccounts.Topic(id), mqttPort, $"/api/v1/devices/{id}/readings", broker.Configured));
    }
}
