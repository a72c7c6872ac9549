using CarbonPlatform.Contracts.EmissionFactors;
using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Releases;

/// <summary>
/// The platform administrator's decision: an existing release becomes the default. Every inventory is then recomputed
/// on it (accounting, on the event); versions already computed, and whatever pins them, stay as they were.
/// </summary>
public static class MakeReleaseDefault
{
    public static async Task<IResult> Handle(string name, FactorsDb db, HttpContext http, ILoggerFactory logs, CancellationToken ct)
    {
        var release = await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, ct);
        if (release is null) return Problems.NotFound("The release");
        if (release.IsDefault) return Results.Ok(new DefaultReleaseView(name, true, false));

        var by = http.Caller().Subject;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await DefaultRelease.MakeAsync(db, name, ct);
        db.AddEvent(new DefaultFactorReleaseChanged(name, by, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logs.CreateLogger("FactorReleases").LogInformation("Factor release {Release} made the default by {Subject}", name, by);
        return Results.Ok(new DefaultReleaseView(name, true, true));
    }
}
