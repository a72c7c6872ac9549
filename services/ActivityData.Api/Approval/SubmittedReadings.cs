namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// A readings file submitted while the park requires approval keeps its readings in the readings table under the
/// submission's id (so the same readings cannot be submitted twice), but no monthly line counts them until it is approved.
/// </summary>
public static class SubmittedReadings
{
    /// <summary>The park's meter submissions still waiting: their readings are neither in the ledger nor orphans.</summary>
    public static async Task<HashSet<Guid>> PendingAsync(ActivityDb db, Guid parkId, CancellationToken ct) =>
        (await db.Submissions.AsNoTracking()
            .Where(s => s.ParkId == parkId && s.Status == SubmissionStatuses.Submitted && s.Channel == Channels.Meter)
            .Select(s => s.Id).ToListAsync(ct)).ToHashSet();

    /// <summary>
    /// A returned file's readings are removed with the decision, so the corrected file can be submitted again; a streamed
    /// meter's month (its key names the submission) may then be recorded again.
    /// </summary>
    public static async Task ForgetAsync(ActivityDb db, Submission s, CancellationToken ct)
    {
        // Through the park's sources: the readings table has no index on the batch (see ActivityDb).
        var sources = db.Sources.Where(x => x.ParkId == s.ParkId).Select(x => x.Id);
        await db.MeterReadings.Where(r => sources.Contains(r.SourceId) && r.Year == s.Year && r.BatchId == s.Id).ExecuteDeleteAsync(ct);
        await db.DeviceMonths.Where(m => m.BatchId == s.Id).ExecuteDeleteAsync(ct);
    }
}
