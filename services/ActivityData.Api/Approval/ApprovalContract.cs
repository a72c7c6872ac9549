namespace CarbonPlatform.ActivityData.Approval;

/// <summary>A park's data-collection settings: approvalRequired switches maker–checker on (off by default).</summary>
public sealed record ParkSettingsRequest(bool ApprovalRequired);

/// <summary>The settings in force; changedBy and changedAt are null while the park keeps the defaults.</summary>
public sealed record ParkSettingsView(Guid ParkId, bool ApprovalRequired, string? ChangedBy, DateTime? ChangedAt);

/// <summary>approve records the batch (its ledger entries name the approver); return keeps it out for good, with the reason.</summary>
public enum ApprovalDecision { Approve, Return }

/// <summary>A decision on one submitted batch; reason is required to return it.</summary>
public sealed record ApprovalRequest(ApprovalDecision Decision, string? Reason);

/// <summary>The same decision on several submitted batches (at most 100), each decided on its own.</summary>
public sealed record ApprovalsRequest(IReadOnlyList<Guid> BatchIds, ApprovalDecision Decision, string? Reason);

public enum SubmissionStatus { Submitted, Approved, Returned }

/// <summary>batch: new lines (written, imported, or summed from meter readings: channel meter); correction: a recorded line's new value.</summary>
public enum SubmissionKind { Batch, Correction }

/// <summary>A batch decided: approved (recorded as the batch batchId) or returned.</summary>
public sealed record ApprovalOutcome(Guid BatchId, SubmissionStatus Status, string DecidedBy);

/// <summary>One batch of a call deciding several: its new status, or the refusal (code and message) that left it as it was.</summary>
public sealed record ApprovalItem(Guid BatchId, SubmissionStatus? Status, int? RefusedWith, string? Code, string? Message);

public sealed record ApprovalsOutcome(IReadOnlyList<ApprovalItem> Items);

/// <summary>A submitted line with its effect previewed (tCO2e by the 910 method; null when it cannot be computed now).</summary>
public sealed record SubmittedLine(string Id, string Kind, double Quantity, string Unit, string? SourceId, double? Tco2e);

/// <summary>
/// A batch or correction written while approval is required: pending (submitted), approved or returned, with what it would
/// add (a correction: the corrected line's tCO2e; corrects names the line, correctionReason why it is corrected).
/// </summary>
public sealed record SubmissionView(Guid BatchId, int Year, SubmissionStatus Status, string Channel, string SubmittedBy, DateTime SubmittedAt,
    int LineCount, double? PreviewTco2e, IReadOnlyList<SubmittedLine> Lines, string? DecidedBy, DateTime? DecidedAt, string? Reason,
    SubmissionKind Kind = SubmissionKind.Batch, string? Corrects = null, string? CorrectionReason = null);

public sealed record SubmissionList(Guid ParkId, IReadOnlyList<SubmissionView> Items, string? NextCursor);
