using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.Organizations;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.People;

public static class ListPeople
{
    public static async Task<IResult> Handle(Guid orgId, HttpContext http, IdentityDb db, CancellationToken ct)
    {
        if (OrganizationAdministration.Refusal(http.Caller(), orgId) is { } refusal) return refusal;
        var people = await db.People.AsNoTracking().Where(p => p.OrganizationId == orgId).OrderBy(p => p.UserName).ToListAsync(ct);
        return Results.Ok(people.Select(PeopleEndpoints.View));
    }
}
