namespace CarbonPlatform.Contracts.ActivityData;

/// <summary>
/// A recorded line was corrected: ledger entry <paramref name="Sequence"/> supersedes <paramref name="Supersedes"/>.
/// Accounting does not need it (the correction also raises <see cref="ActivityBatchRecorded"/>); it is for audit trails.
/// </summary>
public sealed record LedgerEntryCorrected(Guid ParkId, int Year, string LineId, long Sequence, long? Supersedes, string Reason, string CorrectedBy,
    DateTimeOffset CorrectedAt);

/// <summary>A park's reporting year moved on: <c>submitted</c>, then <c>locked</c> (nothing more is written into it).</summary>
public sealed record ReportingPeriodChanged(Guid ParkId, int Year, string Status, string ChangedBy, DateTimeOffset ChangedAt);
