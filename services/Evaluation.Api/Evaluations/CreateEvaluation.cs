using CarbonPlatform.Evaluation.Previews;
using CarbonPlatform.Evaluation.Schemes;

namespace CarbonPlatform.Evaluation.Evaluations;

public static class CreateEvaluation
{
    public static async Task<IResult> Handle(Guid parkId, JsonElement body, HttpContext http, IParkDirectory parks, SchemeRegistry registry,
        EvaluationDb db, EvaluationRecorder recorder, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        if (body.ValueKind != JsonValueKind.Object) return Problems.Invalid("body", "invalid-type", "The body must be a JSON object.");
        if (!body.TryGetProperty("year", out var yearValue) || !yearValue.TryGetInt32(out var year))
            return Problems.Invalid("year", "missing-field", "year is required (the inventory's calendar year).");
        var schemeId = body.TryGetProperty("scheme", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : null;
        int? version = body.TryGetProperty("schemeVersion", out var v) && v.TryGetInt32(out var n) ? n : null;
        var scheme = schemeId is null ? null : await registry.FindAsync(schemeId, version, db, ct);
        if (scheme is null) return Problems.Invalid("scheme", "unknown-scheme", "scheme must name a published scheme, e.g. cers-2025-provisional.");

        var (evaluation, notRecorded) = await recorder.RecordAsync(park, year, scheme, PreviewEndpoint.Field(body, "indicators"),
            PreviewEndpoint.Field(body, "management"), caller.Subject, rerunOf: null, ct);
        return notRecorded?.ToProblem() ?? Results.Created($"/api/v1/parks/{parkId}/evaluations/{evaluation!.Id}", new CreatedEvaluation(evaluation.Id));
    }
}
