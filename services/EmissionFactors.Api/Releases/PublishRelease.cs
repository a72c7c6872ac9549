using CarbonPlatform.Domain.Factors;
using CarbonPlatform.EmissionFactors.Data;
using CarbonPlatform.Domain.Requests;

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

        var given = new List<Factor>(body.Factors ?? []);
        try
        {
            foreach (var (file, csv) in body.Csv ?? new Dictionary<string, string>())
                given.AddRange(ReferenceDataReader.ReadFile(file, new StringReader(csv)));
        }
        catch (FormatException e) { return Problems.Invalid("csv", "malformed-csv", e.Message); }
        if (given.Count == 0) return Problems.Invalid("factors", "missing-field", "Give factors (JSON) or csv files.");

        var draft = new ReleaseDraft(body.Name, body.Description ?? "", body.BasedOn, body.MakeDefault, given, http.Caller().Subject);
        var outcome = await ReleasePublisher.PublishAsync(db, draft, ct);
        return outcome.Kind switch
        {
            PublishOutcomeKind.NameTaken =>
                Problems.Conflict("name", "release-exists", $"A release named {body.Name} exists; releases are immutable, publish a new name."),
            PublishOutcomeKind.UnknownBase => Problems.Invalid("basedOn", "unknown-release", $"There is no release {body.BasedOn}."),
            PublishOutcomeKind.Invalid => Problems.Invalid(outcome.Errors!.Select(e => new InputError(e.FactorId, "factors", e.Code, e.Message)),
                "The release is invalid; nothing was published."),
            _ => Results.Created($"/api/v1/factor-releases/{body.Name}", new PublishedRelease(body.Name, outcome.FactorCount, body.MakeDefault)),
        };
    }
}
