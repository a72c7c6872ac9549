using System.Security.Claims;
using CarbonPlatform.Identity.Data;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.People;

public static class PersonDirectory
{
    /// <summary>The person a session or token names, if they still exist and are not disabled.</summary>
    public static async Task<Person?> FindActiveAsync(this IdentityDb db, ClaimsPrincipal? principal, CancellationToken ct)
    {
        if (!Guid.TryParse(principal?.FindFirst(Claims.Subject)?.Value, out var id)) return null;
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return person is { IsDisabled: false } ? person : null;
    }
}
