using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.Organizations;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Identity.People;

public sealed record CreatePersonRequest(string? UserName, string? DisplayName, string[]? Roles, string? Password);

public static class CreatePerson
{
    public static async Task<IResult> Handle(Guid orgId, CreatePersonRequest body, HttpContext http,
        ParkDirectory.ParkDirectoryClient directory, IdentityDb db, CancellationToken ct)
    {
        if (await directory.RefusalAsync(http.Caller(), orgId, ct) is { } refusal) return refusal.ToProblem();
        if (Validate(body) is { Count: > 0 } errors) return Problems.Invalid(errors);
        if (await directory.FindAsync(orgId, ct) is not { } organization) return Problems.NotFound("The organisation");

        var allowed = PlatformRoles.AllowedForPeople(organization.Kind);
        if (body.Roles!.Any(r => !allowed.Contains(r)))
            return Problems.Invalid("roles", "role-not-allowed", $"A person of a {organization.Kind} may have only: {string.Join(", ", allowed.Order())}.");

        // Unique within the organisation: its administrators can list its people anyway. Whether another organisation
        // has the name changes nothing in the answer, so the answer reveals no one else's people.
        var userName = Person.NormalizeUserName(body.UserName!);
        if (await db.People.AnyAsync(p => p.OrganizationId == orgId && p.UserName == userName, ct))
            return Problems.Conflict("userName", "duplicate-user-name", $"The organisation already has a person named {userName}.");

        var password = body.Password ?? PasswordHasher.Generate();
        var person = new Person
        {
            UserName = userName,
            DisplayName = body.DisplayName!.Trim(),
            PasswordHash = PasswordHasher.Hash(password),
            OrganizationId = orgId,
            OrganizationKind = organization.Kind,
            RegionCode = organization.RegionCode,
            ParkId = Guid.TryParse(organization.ParkId, out var park) ? park : null,
            EnterpriseId = Guid.TryParse(organization.EnterpriseId, out var enterprise) ? enterprise : null,
            Roles = body.Roles!.Distinct().ToList(),
        };
        db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests for the same name at once: the unique index decided. Anything else is a real failure.
            if (!await db.People.AsNoTracking().AnyAsync(p => p.OrganizationId == orgId && p.UserName == userName, ct)) throw;
            return Problems.Conflict("userName", "duplicate-user-name", $"The organisation already has a person named {userName}.");
        }
        return Results.Created($"/api/v1/organizations/{orgId}/people/{person.Id}", new CreatedPerson(person.Id, userName, person.DisplayName, person.Roles, body.Password is null ? password : null));
    }

    private static List<InputError> Validate(CreatePersonRequest body)
    {
        var errors = new List<InputError>();
        if (UserNames.Refusal(body.UserName) is { } refusal) errors.Add(new(null, "userName", "invalid-user-name", refusal));
        if (string.IsNullOrWhiteSpace(body.DisplayName) || body.DisplayName.Length > 200)
            errors.Add(new(null, "displayName", "missing-field", "displayName is required (at most 200 characters)."));
        if (body.Roles is not { Length: > 0 })
            errors.Add(new(null, "roles", "missing-field", "roles needs at least one role."));
        if (body.Password is { Length: < PasswordHasher.MinimumLength })
            errors.Add(new(null, "password", "password-too-short", $"A password has at least {PasswordHasher.MinimumLength} characters."));
        return errors;
    }
}
