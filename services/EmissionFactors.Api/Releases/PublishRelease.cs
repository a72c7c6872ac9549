using CarbonPlatform.Accounting.Engine.Factors;
using CarbonPlatform.Contracts.EmissionFactors;
using CarbonPlatform.EmissionFactors.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Messaging;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Releases;

/// <summary>
/// A new release: its factors as JSON, or the reference-data CSV files keyed by file name, optionally on top of an
/// earlier release (basedOn: every factor of that release, with the given ones replacing those of the same id).
/// </summary>
public sealed record PublishReleaseRequest(string? Name, string? Description, string? BasedOn, bool MakeDefault,
    IReadOnlyList<Factor>? Factors, IReadOnlyDictionary<string, string>? Csv);

public static class PublishRelease
{
    public static async Task<IResult> Handle(PublishReleaseRequest body, FactorsDb db, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 80)
            return Problems.Invalid("name", "missing-field", "name is required (at most 80 characters), e.g. cn-2026.1.");
        if (await db.Releases.AnyAsync(r => r.Name == body.Name, ct))
            return Problems.Conflict("name", "release-exists", $"A release named {body.Name} exists; releases are immutable, publish a new name.");

        var given = new List<Factor>(body.Factors ?? []);
        try
        {
            foreach (var (file, csv) in body.Csv ?? new Dictionary<string, string>())
                given.AddRange(ReferenceDataReader.ReadFile(file, new StringReader(csv)));
        }
        catch (FormatException e) { return Problems.Invalid("csv", "malformed-csv", e.Message); }
        if (given.Count == 0) return Problems.Invalid("factors", "missing-field", "Give factors (JSON) or csv files.");

        var factors = new List<Factor>();
        if (body.BasedOn is not null)
        {
            if (!await db.Releases.AnyAsync(r => r.Name == body.BasedOn, ct))
                return Problems.Invalid("basedOn", "unknown-release", $"There is no release {body.BasedOn}.");
            var replaced = given.Select(f => f.Id).ToHashSet();
            var baseFactors = await db.Factors.AsNoTracking().Where(f => f.Release == body.BasedOn).ToListAsync(ct);
            factors.AddRange(baseFactors.Where(f => !replaced.Contains(f.Id)).Select(f => f.ToFactor()));
        }
        factors.AddRange(given);
        var release = new FactorRelease(body.Name, factors);
        var errors = FactorReleaseValidator.Validate(release);
        if (errors.Count > 0)
            return Problems.Invalid(errors.Select(e => new InputError(e.FactorId, "factors", e.Code, e.Message)), "The release is invalid; nothing was published.");

        if (body.MakeDefault)
            foreach (var previous in await db.Releases.Where(r => r.IsDefault).ToListAsync(ct)) previous.IsDefault = false;
        var record = new ReleaseRecord
        {
            Name = body.Name, Description = body.Description ?? "", BasedOn = body.BasedOn, IsDefault = body.MakeDefault,
            FactorCount = factors.Count, PublishedBy = http.Caller().Subject, PublishedAt = DateTime.UtcNow,
        };
        db.Releases.Add(record);
        db.Factors.AddRange(factors.Select(f => f.ToRecord(body.Name)));
        db.AddEvent(new FactorReleasePublished(body.Name, factors.Count, body.MakeDefault, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/factor-releases/{body.Name}", new { name = body.Name, factorCount = factors.Count, isDefault = body.MakeDefault });
    }
}
