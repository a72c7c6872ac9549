namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>Who keeps a park's register: the platform administrator or the park operator's administrator. Readers of the park read it.</summary>
public static class InstrumentAccess
{
    public static async Task<ParkAccessResult> ForManagingAsync(IParkDirectory parks, Caller caller, Guid parkId, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(caller, parkId, ct);
        if (!access.Granted) return access;
        var park = access.Park;
        return caller.IsPlatformAdmin || (caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId && caller.Has(PlatformRoles.OperatorAdmin))
            ? access
            : new(null, Refusal.Forbidden("Only the platform administrator or the park operator's administrator keeps the register of instruments."));
    }
}
