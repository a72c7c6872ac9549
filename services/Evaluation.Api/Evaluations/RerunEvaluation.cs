using CarbonPlatform.Evaluation.Schemes;

namespace CarbonPlatform.Evaluation.Evaluations;

public static class RerunEvaluation
{
    /// <summary>The same scheme version and inputs against the park's current inventory; the old evaluation stays as it was.</summary>
    public static async Task<IResult> Handle(Guid parkId, Guid id, HttpContext http, IParkDirectory parks, SchemeRegistry registry,
        EvaluationDb db, EvaluationRecorder recorder, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        var earlier = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.ParkId == parkId, ct);
        if (earlier is null) return Problems.NotFound("The evaluation");
        if (await HoldStore.EvaluationHolderAsync(db, earlier.Id, ct) is { } application)
            return Problems.Conflict("id", "evaluation-locked", $"The evaluation is under certification (application {application}): it is not re-run until that ends.");
        var scheme = await registry.FindAsync(earlier.Scheme, earlier.SchemeVersion, db, ct);
        if (scheme is null) return Problems.Conflict("scheme", "unknown-scheme", $"Scheme {earlier.Scheme} v{earlier.SchemeVersion} is no longer known.");

        using var inputs = JsonDocument.Parse(earlier.InputsJson);
        var (evaluation, notRecorded) = await recorder.RecordAsync(park, earlier.Year, scheme, inputs.RootElement.GetProperty("indicators"),
            inputs.RootElement.GetProperty("management"), caller.Subject, rerunOf: earlier.Id, ct);
        return notRecorded?.ToProblem() ?? Results.Created($"/api/v1/parks/{parkId}/evaluations/{evaluation!.Id}", new CreatedEvaluation(evaluation.Id, earlier.Id));
    }
}
