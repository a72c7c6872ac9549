using CarbonPlatform.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.Revocations;

/// <summary>
/// The revocations whose access tokens may still be alive, for the services' replicas to poll (platform services
/// only; not routed by the gateway). The whole recent list every time: no cursor to miss a row committed late.
/// </summary>
public static class RevocationFeed
{
    /// <summary>Beyond a token's lifetime: the services' clock skew allowance and a poll or two.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    public static IEndpointRouteBuilder MapRevocationFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(RevocationPaths.Feed, async (IdentityDb db, TimeProvider clock, IConfiguration configuration, CancellationToken ct) =>
        {
            var window = TimeSpan.FromMinutes(configuration.GetValue("Identity:AccessTokenMinutes", 15)) + Margin;
            var since = (clock.GetUtcNow() - window).ToUnixTimeMilliseconds();
            var recent = await db.Set<Revocation>().AsNoTracking().Where(r => r.RevokedAt >= since)
                .Select(r => new RevokedAccessEntry(r.Kind, r.Value, r.RevokedAt)).ToListAsync(ct);
            return Results.Ok(new RevokedAccessList(recent));
        }).RequireAuthorization(PlatformPolicies.Service).ExcludeFromDescription();
        return app;
    }
}
