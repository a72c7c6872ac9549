namespace CarbonPlatform.ActivityData.Recording;

/// <summary>
/// A valid batch on its way to the ledger, however it arrived (the batch endpoint, a file import, a readings file, a device's
/// month, an approval): the park, the lines and their annotations, and who sent it through which channel with which key.
/// </summary>
public sealed record RecordingRequest(ParkScope Park, ValidBatch Batch, IReadOnlyList<LineAnnotation> Notes, BatchOrigin Origin)
{
    /// <summary>The batch's id when it is known before it is recorded (readings are inserted under it first).</summary>
    public Guid? BatchId { get; init; }

    /// <summary>How a retry is recognised by its Idempotency-Key; null when this way of arriving has no retries.</summary>
    public RetryRule? Retry { get; init; }

    /// <summary>What is kept instead while the park requires approval; null when the batch is recorded regardless (an approval).</summary>
    public SubmissionDraft? Submission { get; init; }
}

/// <summary>A retry has the same key and request hash, and, when <paramref name="Channel"/> is set, came through that channel.</summary>
public sealed record RetryRule(string? Channel);

/// <summary>
/// The submission kept while approval is required: the body the approval records. Batches and files are checked for
/// conflicts before they are kept; metered lines are not (their readings' unique index already refused duplicates, and the
/// approval checks the lines again).
/// </summary>
public sealed record SubmissionDraft(string Body, int LineCount, Caller Caller, bool CheckConflicts);
