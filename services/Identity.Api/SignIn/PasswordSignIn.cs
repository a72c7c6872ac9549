using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.People;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.SignIn;

/// <summary>Checks a person's password, counting failures: five in a row lock the account for five minutes.</summary>
public sealed class PasswordSignIn(IdentityDb db)
{
    /// <summary>The person, or null for an unknown name, a wrong password, a disabled or a locked account alike.</summary>
    public async Task<Person?> VerifyAsync(string? userName, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return null;
        var name = Person.NormalizeUserName(userName);
        var person = await db.People.SingleOrDefaultAsync(p => p.UserName == name, ct);
        var now = DateTimeOffset.UtcNow;
        if (person is null || person.IsDisabled || person.IsLockedOut(now))
        {
            PasswordHasher.VerifyNothing(password);
            return null;
        }
        if (!PasswordHasher.Verify(password, person.PasswordHash))
        {
            person.RecordFailedSignIn(now);
            await db.SaveChangesAsync(ct);
            return null;
        }
        person.RecordSignIn();
        await db.SaveChangesAsync(ct);
        return person;
    }
}
