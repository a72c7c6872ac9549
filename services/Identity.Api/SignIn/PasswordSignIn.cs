using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.People;
using CarbonPlatform.Identity.SignIn.Throttling;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.SignIn;

/// <summary>What a sign-in attempt came to: the person, or nothing, or a wait before this name may be tried again from here.</summary>
public sealed record SignInOutcome(Person? Person, TimeSpan RetryAfter)
{
    public bool Throttled => RetryAfter > TimeSpan.Zero;
}

/// <summary>
/// Checks a person's password. Failures slow the user name from that address and the address itself (growing delays,
/// <see cref="SignInDelays"/>); they never lock the person, who can sign in from elsewhere at once.
/// </summary>
public sealed class PasswordSignIn(IdentityDb db, SignInThrottling throttling)
{
    /// <summary>
    /// An unknown name, a wrong password and a disabled account all come to nothing alike. User names are unique per
    /// organisation, so a name may be several people's: the password tells which. Should it fit two (the same human
    /// with the same password in two organisations) neither is chosen.
    /// </summary>
    public async Task<SignInOutcome> VerifyAsync(string? userName, string? password, string address, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return new(null, TimeSpan.Zero);
        var name = Person.NormalizeUserName(userName);
        if (await throttling.WaitLeftAsync(address, name, ct) is { } wait && wait > TimeSpan.Zero) return new(null, wait);

        var candidates = await db.People.AsNoTracking().Where(p => p.UserName == name && p.DisabledAt == null).ToListAsync(ct);
        if (candidates.Count == 0) PasswordHasher.VerifyNothing(password);
        var matching = candidates.Where(p => PasswordHasher.Verify(password, p.PasswordHash)).ToList();
        if (matching.Count == 1)
        {
            await throttling.ForgiveAsync(address, name, ct);
            return new(matching[0], TimeSpan.Zero);
        }
        if (matching.Count == 0) await throttling.RecordFailureAsync(address, name, ct);
        return new(null, TimeSpan.Zero);
    }
}
