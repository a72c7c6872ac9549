using CarbonPlatform.ParkRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.Organizations;

/// <summary>What the park's operator lets an enterprise read beyond its own data: the park's totals, or nothing (the default).</summary>
public sealed record EnterpriseGrantsRequest(bool? ParkTotals);

/// <summary>
/// An operator's administrator grants one of its parks' enterprises the park's totals (inventory totals and evaluations,
/// never another enterprise's lines), or withdraws them. Each service asks the registry afresh, so a withdrawal holds at once.
/// </summary>
public static class EnterpriseGrants
{
    public static RouteGroupBuilder MapEnterpriseGrants(this RouteGroupBuilder organizations)
    {
        organizations.MapPut("/{id:guid}/grants", Put).WithName("SetEnterpriseGrants")
            .WithSummary("Grants an enterprise of the caller's park its park's totals, or withdraws them (the park operator's administrator).")
            .WithDescription("parkTotals true lets the enterprise's people and clients read the park's inventory totals (…/inventories/{year}/totals) "
                + "and evaluations; its lines and other enterprises' records stay out of reach. Only an enterprise organisation is granted.")
            .WithRequest(new EnterpriseGrantsRequest(true)).Answers<OrganizationView>();
        return organizations;
    }

    private static async Task<IResult> Put(Guid id, EnterpriseGrantsRequest body, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsPlatformAdmin && !EnterpriseOrganizations.MayRegister(caller))
            return Problems.Forbidden("Only the park operator's administrator (or the platform administrator) grants an enterprise its park's totals.");
        if (body.ParkTotals is not { } parkTotals) return Problems.Invalid("parkTotals", "missing-field", "parkTotals (true or false) is required.");
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        var visible = organization is not null && (caller.IsPlatformAdmin || (organization.ParkId is { } park
            && await db.Parks.AnyAsync(p => p.Id == park && p.OperatorOrganizationId == caller.OrganizationId, ct)));
        if (!visible) return Problems.NotFound("The organisation");
        if (organization!.Kind != OrganizationKinds.Enterprise)
            return Problems.Invalid("parkTotals", "not-an-enterprise", "Only an enterprise of a park is granted its park's totals; other kinds read by their role.");
        organization.ReadsParkTotals = parkTotals;
        await db.SaveChangesAsync(ct);
        return Results.Ok(OrganizationEndpoints.View(organization));
    }
}
