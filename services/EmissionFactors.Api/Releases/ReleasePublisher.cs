using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Contracts.EmissionFactors;
using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Releases;

/// <summary>A release to publish: its own factors, optionally on top of an earlier release.</summary>
public sealed record ReleaseDraft(string Name, string Description, string? BasedOn, bool MakeDefault, IReadOnlyList<Factor> Factors, string PublishedBy);

public enum PublishOutcomeKind { Published, NameTaken, UnknownBase, Invalid }

public sealed record PublishOutcome(PublishOutcomeKind Kind, int FactorCount = 0, IReadOnlyList<ReleaseError>? Errors = null);

/// <summary>
/// Publishes a release the one way the platform knows: compose it on its base, validate it whole, store it with its
/// event in one transaction. Used by the API (an administrator) and by the seeder for the shipped releases.
/// </summary>
public static class ReleasePublisher
{
    public static async Task<PublishOutcome> PublishAsync(FactorsDb db, ReleaseDraft draft, CancellationToken ct)
    {
        if (await db.Releases.AnyAsync(r => r.Name == draft.Name, ct)) return new(PublishOutcomeKind.NameTaken);
        IEnumerable<Factor> baseFactors = [];
        if (draft.BasedOn is not null)
        {
            if (!await db.Releases.AnyAsync(r => r.Name == draft.BasedOn, ct)) return new(PublishOutcomeKind.UnknownBase);
            baseFactors = (await db.Factors.AsNoTracking().Where(f => f.Release == draft.BasedOn).OrderBy(f => f.Id).ToListAsync(ct))
                .Select(f => f.ToFactor());
        }
        var release = ReleaseComposition.OnTopOf(draft.Name, baseFactors, draft.Factors);
        var errors = FactorReleaseValidator.Validate(release);
        if (errors.Count > 0) return new(PublishOutcomeKind.Invalid, Errors: errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Releases.Add(new ReleaseRecord
        {
            Name = draft.Name, Description = draft.Description, BasedOn = draft.BasedOn, IsDefault = false,
            FactorCount = release.Factors.Count, PublishedBy = draft.PublishedBy, PublishedAt = DateTime.UtcNow,
        });
        db.Factors.AddRange(release.Factors.Select(f => f.ToRecord(draft.Name)));
        db.AddEvent(new FactorReleasePublished(draft.Name, release.Factors.Count, draft.MakeDefault, DateTimeOffset.UtcNow));
        // The primary key refuses a concurrent publication of the same name: this one fails whole.
        await db.SaveChangesAsync(ct);
        if (draft.MakeDefault) await DefaultRelease.MakeAsync(db, draft.Name, ct);
        await transaction.CommitAsync(ct);
        return new(PublishOutcomeKind.Published, release.Factors.Count);
    }
}
