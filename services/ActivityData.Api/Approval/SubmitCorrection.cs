namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// A valid correction written while the park requires approval: kept as a submission of kind correction; the line keeps its
/// current value (no entry, no event) until a reviewer approves it.
/// </summary>
public static class SubmitCorrection
{
    public static async Task<RecordingOutcome> SubmitAsync(ActivityDb db, ParkScope park, JsonElement body, CorrectionRequest request, BatchOrigin origin,
        Caller caller, CancellationToken ct)
    {
        if (!await db.Records.AnyAsync(r => r.ParkId == park.ParkId && r.Year == request.Year && r.LineId == request.LineId, ct))
            return new RecordingOutcome.Refused(CorrectionWrite.LineNotFound(request));
        var submission = SubmitBatch.New(park, request.Year, body.GetRawText(), 1, origin, caller, SubmissionKinds.Correction);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return new RecordingOutcome.Submitted(submission);
    }
}
