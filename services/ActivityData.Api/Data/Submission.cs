namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// A batch written while the park requires approval: not recorded data (no lines, no ledger entries, no event) until an
/// operator approves it; it is then recorded as the batch <see cref="Id"/>. A returned one never is.
/// </summary>
public sealed class Submission
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    /// <summary>batch (new lines: written, imported or summed from meter readings) or correction (one recorded line's new value).</summary>
    public string Kind { get; set; } = "batch";
    /// <summary>submitted, approved or returned; only a submitted one may be decided (the decision's update checks it).</summary>
    public required string Status { get; set; }
    /// <summary>The batch request as it was written (validated), recorded from this on approval.</summary>
    public required string Body { get; set; }
    public int LineCount { get; set; }
    public required string Channel { get; set; }
    public string? IdempotencyKey { get; set; }
    public required string RequestHash { get; set; }
    public required string SubmittedBy { get; set; }
    /// <summary>The submitter's enterprise, when an enterprise wrote it.</summary>
    public Guid? EnterpriseId { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? Reason { get; set; }
}
