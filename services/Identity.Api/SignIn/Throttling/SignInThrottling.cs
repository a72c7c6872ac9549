using CarbonPlatform.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.SignIn.Throttling;

/// <summary>Reads and counts failed sign-ins per key; counting is one atomic statement, so replicas never lose a failure.</summary>
public sealed class SignInThrottling(IdentityDb db, TimeProvider clock, IConfiguration configuration)
{
    /// <summary><c>Identity:SignIn:FirstDelaySeconds</c> (1): the first wait, which each further failure doubles.</summary>
    private TimeSpan FirstDelay => TimeSpan.FromSeconds(configuration.GetValue("Identity:SignIn:FirstDelaySeconds", 1.0));

    /// <summary>How long this user name from this address must still wait (zero: it may try now).</summary>
    public async Task<TimeSpan> WaitLeftAsync(string address, string userName, CancellationToken ct)
    {
        var keys = Keys(address, userName);
        var names = keys.Select(k => k.Key).ToArray();
        var rows = await db.Set<SignInThrottle>().AsNoTracking().Where(t => names.Contains(t.Key)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return rows.Select(r => keys.Single(k => k.Key == r.Key).Delays
                .WaitLeft(r.Failures, DateTimeOffset.FromUnixTimeMilliseconds(r.LastFailureAt), now))
            .DefaultIfEmpty(TimeSpan.Zero).Max();
    }

    public async Task RecordFailureAsync(string address, string userName, CancellationToken ct)
    {
        foreach (var (key, delays) in Keys(address, userName)) await CountAsync(key, delays, ct);
    }

    /// <summary>The name may be tried freely again from this address; the address's own count only fades with time.</summary>
    public Task ForgiveAsync(string address, string userName, CancellationToken ct) =>
        db.Set<SignInThrottle>().Where(t => t.Key == SignInThrottle.ForName(address, userName)).ExecuteDeleteAsync(ct);

    private async Task CountAsync(string key, SignInDelays delays, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var forgottenBefore = now - (long)delays.ForgetAfter.TotalMilliseconds;
        var throttles = db.Set<SignInThrottle>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await throttles.Where(t => t.Key == key && t.LastFailureAt <= forgottenBefore)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, 1).SetProperty(t => t.LastFailureAt, now), ct) > 0) return;
            if (await throttles.Where(t => t.Key == key)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, t => t.Failures + 1).SetProperty(t => t.LastFailureAt, now), ct) > 0) return;
            throttles.Add(new SignInThrottle { Key = key, Failures = 1, LastFailureAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                // Another replica inserted the key first: count on its row.
                db.ChangeTracker.Clear();
            }
        }
        throw new InvalidOperationException($"The failed sign-in of {key} could not be counted.");
    }

    private (string Key, SignInDelays Delays)[] Keys(string address, string userName) =>
    [
        (SignInThrottle.ForName(address, userName), SignInDelays.NameFromAddress with { FirstDelay = FirstDelay }),
        (SignInThrottle.ForAddress(address), SignInDelays.Address with { FirstDelay = FirstDelay }),
    ];
}
