using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.Contracts.ParkRegistry;
using CarbonPlatform.ParkRegistry.Data;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.ParkRegistry.Parks;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ParkRegistry.Organizations;

/// <summary>An enterprise (kind enterprise) names its park and its enterprise record there (parkId, enterpriseId).</summary>
public sealed record RegisterOrganizationRequest(string? Name, string? Kind, string? RegionCode, Guid? ParkId = null, Guid? EnterpriseId = null);

/// <summary>
/// An organisation: a park operator, a regional authority (with the region it oversees), a certification body, or an
/// enterprise of a park (with the park and its enterprise record).
/// </summary>
/// <param name="ReadsParkTotals">An enterprise only: whether its park's operator granted it the park's totals.</param>
public sealed record OrganizationView(Guid Id, string Name, OrganizationKind Kind, string? RegionCode, Guid? ParkId = null, Guid? EnterpriseId = null,
    bool? ReadsParkTotals = null);

public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganizations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations");
        group.MapPost("/", Register).WithName("RegisterOrganization")
            .WithSummary("Registers a park operator, regional authority or certification body (platform administrator), or an enterprise of a park "
                + "(the park operator's administrator, or the platform administrator).")
            .WithDescription("A regional authority needs the region code it oversees; an enterprise its parkId and enterpriseId (its record in the park's "
                + "boundary). OrganizationRegistered is published. Answers the new organisation's id.")
            .WithRequest(new RegisterOrganizationRequest("江苏省生态环境厅", "regional-authority", "320000"))
            .Answers<CreatedId>(StatusCodes.Status201Created);
        group.MapGet("/{id:guid}", Get).WithName("GetOrganization").WithSummary("One organisation: the administrator sees all, others their own.")
            .WithDescription("Certification bodies are visible to everyone (operators choose one when applying).").Answers<OrganizationView>();
        group.MapGet("/", List).WithName("ListOrganizations")
            .WithSummary("The organisations the caller may see; certification bodies are listed for everyone to choose from.")
            .WithDescription("Ordered by name, in pages (limit, cursor).").Answers<Page<OrganizationView>>();
        group.MapEnterpriseGrants();
        return api;
    }

    private static async Task<IResult> Register(RegisterOrganizationRequest body, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsPlatformAdmin && !EnterpriseOrganizations.MayRegister(caller))
            return Problems.Forbidden("Only the platform administrator registers organisations; a park operator's administrator its parks' enterprises.");
        var errors = new List<InputError>();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200) errors.Add(new(null, "name", "missing-field", "name is required (at most 200 characters)."));
        if (body.Kind is null || !OrganizationKinds.Tenants.Contains(body.Kind))
            errors.Add(new(null, "kind", "unknown-kind", "kind must be park-operator, regional-authority, certification-body or enterprise."));
        if (body.RegionCode is not null && !RegionCodes.IsValid(body.RegionCode))
            errors.Add(new(null, "regionCode", "invalid-region-code", "regionCode must be a six-digit GB/T 2260 code such as 320000."));
        if (body.Kind == OrganizationKinds.RegionalAuthority && body.RegionCode is null)
            errors.Add(new(null, "regionCode", "missing-field", "A regional authority needs the regionCode it oversees."));
        EnterpriseOrganizations.Check(body, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await EnterpriseOrganizations.RefusalAsync(caller, body, db, ct) is { } refusal) return refusal.ToProblem();

        var organization = new Organization
        {
            Id = Guid.NewGuid(), Name = body.Name!.Trim(), Kind = body.Kind!, RegionCode = body.RegionCode, CreatedAt = DateTime.UtcNow,
            ParkId = body.Kind == OrganizationKinds.Enterprise ? body.ParkId : null, EnterpriseId = body.Kind == OrganizationKinds.Enterprise ? body.EnterpriseId : null,
        };
        db.Organizations.Add(organization);
        db.AddEvent(new OrganizationRegistered(organization.Id, organization.Name, organization.Kind, organization.RegionCode), organization.Id);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/organizations/{organization.Id}", new CreatedId(organization.Id));
    }

    private static async Task<IResult> Get(Guid id, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        var visible = organization is not null && (caller.IsPlatformAdmin || caller.OrganizationId == id || organization.Kind == OrganizationKinds.CertificationBody
            || (caller.IsOperator && organization.ParkId is { } park && await db.Parks.AnyAsync(p => p.Id == park && p.OperatorOrganizationId == caller.OrganizationId, ct)));
        return visible ? Results.Ok(View(organization!)) : Problems.NotFound("The organisation");
    }

    private static async Task<IResult> List(int? limit, string? cursor, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        if (!PageRequest<NameKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var caller = http.Caller();
        var query = db.Organizations.AsNoTracking();
        if (!caller.IsPlatformAdmin)
            query = query.Where(o => o.Id == caller.OrganizationId || o.Kind == OrganizationKinds.CertificationBody
                || (caller.IsOperator && o.ParkId != null && db.Parks.Any(p => p.Id == o.ParkId && p.OperatorOrganizationId == caller.OrganizationId)));
        if (page.After is { } after) query = query.After(o => o.Name, o => o.Id, after.Name, after.Id);
        var list = await query.OrderByKey(o => o.Name, o => o.Id).Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(list, o => new NameKey(o.Name, o.Id), View));
    }

    internal static OrganizationView View(Organization o) =>
        new(o.Id, o.Name, ContractEnums.Parse<OrganizationKind>(o.Kind), o.RegionCode, o.ParkId, o.EnterpriseId,
            o.Kind == OrganizationKinds.Enterprise ? o.ReadsParkTotals : null);
}
