namespace CarbonPlatform.ActivityData.Recording;

/// <summary>What became of data that arrived: recorded (or corrected), the answer to a retry, kept for approval, or refused.</summary>
public abstract record RecordingOutcome
{
    /// <summary>The batch is in the ledger: recorded now, or earlier by the request this one retries.</summary>
    public abstract record InLedger(ActivityBatch Batch) : RecordingOutcome;

    public sealed record Recorded : InLedger
    {
        public Recorded(ActivityBatch batch) : base(batch) { }
    }

    /// <summary>A retry (same key, same request) of a batch recorded earlier.</summary>
    public sealed record Replayed : InLedger
    {
        public Replayed(ActivityBatch batch) : base(batch) { }
    }

    /// <summary>Kept as a submission until a reviewer decides (new, or the earlier one a retry names).</summary>
    public sealed record Submitted(Submission Submission) : RecordingOutcome;

    /// <summary>A correction: the entry superseding the line's current one, and the batch it was recorded in.</summary>
    public sealed record Corrected(LedgerEntry Entry, Guid BatchId) : RecordingOutcome;

    public sealed record Refused(Refusal Refusal) : RecordingOutcome;
}
