using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.Organizations;
using CarbonPlatform.Identity.Revocations;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace CarbonPlatform.Identity.People;

public static class DisablePerson
{
    /// <summary>The person's sign-in is refused from now on and what they hold (refresh tokens, authorisations) is revoked.</summary>
    public static async Task<IResult> Handle(Guid orgId, Guid personId, HttpContext http, IdentityDb db, RevocationRecords revocations,
        IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, CancellationToken ct)
    {
        if (OrganizationAdministration.Refusal(http.Caller(), orgId) is { } refusal) return refusal.ToProblem();
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.OrganizationId == orgId, ct);
        if (person is null) return Problems.NotFound("The person");
        if (!person.IsDisabled)
        {
            person.DisabledAt = DateTimeOffset.UtcNow;
            await revocations.AddAsync(Revocation.Person, person.Id.ToString(), ct); // the services refuse their tokens within seconds
            await db.SaveChangesAsync(ct);
        }
        await authorizations.RevokeBySubjectAsync(person.Id.ToString(), ct);
        await tokens.RevokeBySubjectAsync(person.Id.ToString(), ct);
        return Results.Ok(PeopleEndpoints.View(person));
    }
}
