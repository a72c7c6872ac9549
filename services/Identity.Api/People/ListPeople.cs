using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.People;

public static class ListPeople
{
    public static async Task<IResult> Handle(Guid orgId, int? limit, string? cursor, HttpContext http, IdentityDb db, CancellationToken ct)
    {
        if (!PageRequest<NameKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if (OrganizationAdministration.Refusal(http.Caller(), orgId) is { } refusal) return refusal.ToProblem();
        var people = db.People.AsNoTracking().Where(p => p.OrganizationId == orgId);
        if (page.After is { } after) people = people.After(p => p.UserName, p => p.Id, after.Name, after.Id);
        var fetched = await people.OrderByKey(p => p.UserName, p => p.Id).Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(fetched, p => new NameKey(p.UserName, p.Id), PeopleEndpoints.View));
    }
}
