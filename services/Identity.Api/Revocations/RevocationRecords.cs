using CarbonPlatform.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.Revocations;

/// <summary>Writes revocations: idempotent (the second of the same is a no-op) and keeping them only while they matter.</summary>
public sealed class RevocationRecords(IdentityDb db, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>Adds the revocation to <paramref name="db"/>'s pending changes, to commit with what caused it.</summary>
    public async Task AddAsync(string kind, string value, CancellationToken ct)
    {
        if (await IsRevokedAsync(kind, value, ct)) return;
        var now = clock.GetUtcNow();
        var lifetime = kind == Revocation.Session
            ? TimeSpan.FromHours(configuration.GetValue("Identity:RefreshTokenHours", 8))
            : TimeSpan.FromMinutes(configuration.GetValue("Identity:AccessTokenMinutes", 15));
        db.Add(new Revocation
        {
            Kind = kind, Value = value,
            RevokedAt = now.ToUnixTimeMilliseconds(),
            KeepUntil = (now + lifetime + RevocationFeed.Margin).ToUnixTimeMilliseconds(),
        });
    }

    /// <summary>Records it now; one already there (another replica, a second request) is kept as it was.</summary>
    public async Task RecordAsync(string kind, string value, CancellationToken ct)
    {
        await ForgetExpiredAsync(ct);
        await AddAsync(kind, value, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await IsRevokedAsync(kind, value, ct)) throw; // else recorded by someone else at the same moment
        }
    }

    public Task<bool> IsRevokedAsync(string kind, string value, CancellationToken ct) =>
        db.Set<Revocation>().AsNoTracking().AnyAsync(r => r.Kind == kind && r.Value == value, ct);

    private Task ForgetExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return db.Set<Revocation>().Where(r => r.KeepUntil < now).ExecuteDeleteAsync(ct);
    }
}
