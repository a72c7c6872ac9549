namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// A valid batch written while the park requires approval is kept as a submission, not recorded (no lines, ledger entries or
/// event) until a reviewer approves it (<see cref="RecordingPipeline"/>). Answers 202 with status submitted.
/// </summary>
public static class SubmitBatch
{
    /// <summary>A submission as it is kept until decided: the request it records once approved, by whom and through which channel.</summary>
    public static Submission New(ParkScope park, int year, string body, int lineCount, BatchOrigin origin, Caller caller,
        string kind = SubmissionKinds.Batch) => new()
    {
        Id = Guid.NewGuid(), ParkId = park.ParkId, Year = year, Kind = kind, Status = SubmissionStatuses.Submitted, Body = body,
        LineCount = lineCount, Channel = origin.Channel, IdempotencyKey = origin.IdempotencyKey, RequestHash = origin.RequestHash,
        SubmittedBy = origin.RecordedBy, EnterpriseId = caller.IsEnterprise ? caller.EnterpriseId : null, SubmittedAt = DateTime.UtcNow,
    };
}
