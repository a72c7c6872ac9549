using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.Contracts.ParkRegistry;
using CarbonPlatform.ParkRegistry.Data;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ParkRegistry.Parks;

public sealed record RegisterParkRequest(string? Name, string? RegionCode, Guid? OperatorOrganizationId, string? Boundary);

public static class ParkEndpoints
{
    public static RouteGroupBuilder MapParks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks").WithTags("Parks");
        group.MapPost("/", Register).WithName("RegisterPark").WithSummary("Registers a park (platform administrator, or the operator itself).")
            .WithDescription("The park lies inside its operator's region unless the platform administrator registers it; ParkRegistered is published. Answers the new park's id.")
            .WithRequest(new RegisterParkRequest("苏州工业园区", "320500", Guid.Parse("6f1c2a9e-4b7d-4c1e-9a51-2f0d8e3b7c45"), null))
            .Answers<CreatedId>(StatusCodes.Status201Created);
        group.MapGet("/{parkId:guid}", Get).WithName("GetPark").WithSummary("One park the caller may see.")
            .WithDescription("Operators see their own parks, authorities the parks of their region, certification bodies the parks they review.")
            .Answers<ParkView>();
        group.MapGet("/", List).WithName("ListParks").WithSummary("Every park the caller may see: its own, or its region's for an authority.")
            .WithDescription("Ordered by name, in pages (limit, cursor); text narrows it to parks whose name contains it or, when it is digits, whose region code begins with them.")
            .Answers<Page<ParkView>>();
        return api;
    }

    private static async Task<IResult> Register(RegisterParkRequest body, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var ownOperator = caller.IsOperator && caller.OrganizationId == body.OperatorOrganizationId && caller.Has(PlatformRoles.OperatorAdmin);
        if (!caller.IsPlatformAdmin && !ownOperator) return Problems.Forbidden("Only the platform administrator or the operator's administrator registers its parks.");
        var errors = new List<InputError>();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200) errors.Add(new(null, "name", "missing-field", "name is required (at most 200 characters)."));
        if (!RegionCodes.IsValid(body.RegionCode)) errors.Add(new(null, "regionCode", "invalid-region-code", "regionCode must be a six-digit GB/T 2260 code such as 320500."));
        if (body.OperatorOrganizationId is null) errors.Add(new(null, "operatorOrganizationId", "missing-field", "operatorOrganizationId is required."));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var operatorOrg = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == body.OperatorOrganizationId, ct);
        if (operatorOrg is not { Kind: OrganizationKinds.ParkOperator })
            return Problems.Invalid("operatorOrganizationId", "unknown-operator", "operatorOrganizationId must name a registered park operator.");
        // The administrator may place a park anywhere (an operator across a provincial border); an operator only inside its own region.
        if (!caller.IsPlatformAdmin && operatorOrg.RegionCode is { } own && !RegionCodes.Covers(own, body.RegionCode!))
            return Problems.Invalid("regionCode", "region-outside-operator",
                $"The operator's region is {own}: its parks lie inside it; the platform administrator registers a park elsewhere.");

        var park = new Park
        {
            Id = Guid.NewGuid(), Name = body.Name!.Trim(), RegionCode = body.RegionCode!, OperatorOrganizationId = operatorOrg.Id,
            Boundary = body.Boundary, CreatedAt = DateTime.UtcNow,
        };
        db.Parks.Add(park);
        db.AddEvent(new ParkRegistered(park.Id, park.Name, park.RegionCode, park.OperatorOrganizationId), park.OperatorOrganizationId);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/parks/{park.Id}", new CreatedId(park.Id));
    }

    private static async Task<IResult> Get(Guid parkId, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var park = await db.Parks.AsNoTracking().VisibleTo(http.Caller(), db).FirstOrDefaultAsync(p => p.Id == parkId, ct);
        return park is null ? Problems.NotFound("The park") : Results.Ok(park.View());
    }

    private static async Task<IResult> List(int? limit, string? cursor, RegistryDb db, HttpContext http, CancellationToken ct, string? text = null)
    {
        if (!PageRequest<NameKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if (text is { Length: > 100 }) return Problems.Invalid("text", "text-too-long", "text is at most 100 characters.");
        var parks = db.Parks.AsNoTracking().VisibleTo(http.Caller(), db).Matching(text);
        if (page.After is { } after) parks = parks.After(p => p.Name, p => p.Id, after.Name, after.Id);
        var fetched = await parks.OrderByKey(p => p.Name, p => p.Id).Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(fetched, p => new NameKey(p.Name, p.Id), p => p.View()));
    }

}
