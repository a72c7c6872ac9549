using System.Text.Json;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Factors;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ActivityData.Records;
using CarbonPlatform.BuildingBlocks.Persistence;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// Approves a submitted correction: the claim and the correction's entry (naming its maker and its approver) are one
/// transaction; a writer that loses the chain's next position starts again, claim included.
/// </summary>
public static class ApproveCorrection
{
    public static async Task<(ApprovalOutcome?, DecisionRefusal?)> ApproveAsync(ActivityDb db, ParkScope park, Decider by, Submission s,
        IFactorReleaseProvider releases, CancellationToken ct)
    {
        var (request, _) = CorrectionRequests.Read(JsonDocument.Parse(s.Body).RootElement);
        if (request is null) return (null, DecisionRefusal.NotRecordable(s.Id, Problems.Conflict("body", "invalid-correction", "The submitted correction no longer reads.")));
        var (batch, note, errors) = await CorrectedLines.CheckAsync(db, park.ParkId, request, await releases.DefaultAsync(ct), ct);
        if (batch is null)
            return (null, DecisionRefusal.NotRecordable(s.Id, Problems.WithErrors(StatusCodes.Status409Conflict,
                "The submitted correction no longer validates; it stays submitted.", errors)));
        var origin = new CorrectionOrigin(s.Channel, s.SubmittedBy, s.RequestHash, by.Caller.Subject, s.Id);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await DecideBatch.ClaimAsync(db, s.Id, SubmissionStatuses.Approved, by.Caller.Subject, null, ct))
                return (null, DecisionRefusal.AlreadyDecided(s.Id, SubmissionStatuses.Approved + " or returned"));
            var (_, _, problem) = await CorrectionWrite.StageAsync(db, park, request, batch.Lines[0], note, origin, ct);
            if (problem is not null)
            {
                db.ChangeTracker.Clear(); // a call deciding several goes on with the next one on this context
                await transaction.RollbackAsync(CancellationToken.None);
                return (null, DecisionRefusal.NotRecordable(s.Id, problem));
            }
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return (new ApprovalOutcome(s.Id, SubmissionStatus.Approved, by.Caller.Subject), null);
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                await transaction.RollbackAsync(CancellationToken.None);
                if (attempt == 12) throw new WriteContentionException("The park's ledger is busy; nothing was decided.", e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }
}
