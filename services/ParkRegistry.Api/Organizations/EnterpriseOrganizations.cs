using CarbonPlatform.ParkRegistry.Data;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ParkRegistry.Organizations;

/// <summary>
/// An enterprise of a park as an organisation of its own: the park's operator creates it for one of its enterprise records,
/// and its people's tokens then carry that park and enterprise (activity-data enforces what they reach).
/// </summary>
public static class EnterpriseOrganizations
{
    public static bool MayRegister(Caller caller) => caller.IsOperator && caller.Has(PlatformRoles.OperatorAdmin);

    public static void Check(RegisterOrganizationRequest body, List<InputError> errors)
    {
        if (body.Kind != OrganizationKinds.Enterprise) return;
        if (body.ParkId is null) errors.Add(new(null, "parkId", "missing-field", "An enterprise names the park it is in (parkId)."));
        if (body.EnterpriseId is null)
            errors.Add(new(null, "enterpriseId", "missing-field", "An enterprise names its record in the park's boundary (enterpriseId)."));
    }

    /// <summary>An operator registers only enterprises, and only of its own parks (another's park is 404, as everywhere).</summary>
    public static async Task<Refusal?> RefusalAsync(Caller caller, RegisterOrganizationRequest body, RegistryDb db, CancellationToken ct)
    {
        if (caller.IsPlatformAdmin)
            return body.Kind == OrganizationKinds.Enterprise && !await db.Parks.AnyAsync(p => p.Id == body.ParkId, ct) ? Refusal.NotFound("The park") : null;
        if (body.Kind != OrganizationKinds.Enterprise)
            return Refusal.Forbidden("A park operator's administrator registers only enterprises of its parks.");
        return await db.Parks.AnyAsync(p => p.Id == body.ParkId && p.OperatorOrganizationId == caller.OrganizationId, ct) ? null : Refusal.NotFound("The park");
    }
}
