namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>How a ledger entry was written: by a person (manual), an API client (api), an import, or summed from meter readings.</summary>
public enum LedgerChannel { Manual, Api, Import, Meter }

/// <summary>
/// One entry of the park's ledger (碳管理台账), hash-chained: values are the line as recorded; a correction supersedes an
/// earlier entry (supersedes) with a reason, and the earlier one stays, marked superseded. approvedBy names who approved the
/// submitted batch the line came from (maker–checker).
/// </summary>
public sealed record LedgerEntryView(long Id, long Sequence, int Year, int? Month, string LineId, LedgerChannel Channel, string RecordedBy,
    DateTime RecordedAt, Guid BatchId, object Values, string? EvidenceId, string? SourceId, long? Supersedes, string? Reason, bool Superseded,
    long? SupersededBy, string PreviousHash, string Hash, string? ApprovedBy = null);

/// <summary>
/// The result of walking the park's hash chain and its meter readings: from the entry after verifiedFrom (the checkpoint the
/// last intact verification left; 0 for the whole chain), and the readings of readingsYear (null: every year).
/// </summary>
public sealed record LedgerVerification(Guid ParkId, bool Intact, long EntriesChecked, string? HeadHash, ChainMismatch? FirstMismatch,
    ReadingsCheck Readings, DateTime CheckedAt, long VerifiedFrom, int? ReadingsYear);

/// <summary>The first entry whose stored hash does not match its content or its predecessor, and what differs.</summary>
public sealed record ChainMismatch(long EntryId, long Sequence, string LineId, string Differs, string Message, string? Expected, string? Actual);

/// <summary>Whether the meter readings still sum to the monthly lines they produced.</summary>
public sealed record ReadingsCheck(bool Intact, long ReadingsChecked, int LinesChecked, CarbonPlatform.ActivityData.MeterReadings.ReadingsMismatch? FirstMismatch);

/// <summary>A correction of a recorded line: the new line (an activity line of the same kind) and why.</summary>
public sealed record LedgerCorrectionRequest(string LineId, int Year, string Reason, CarbonPlatform.ActivityData.Records.ActivityLineInput Line);

/// <summary>The correction appended: its sequence in the chain, the entry it supersedes, the one-line batch it made, its hash.</summary>
public sealed record RecordedCorrection(long Sequence, long? Supersedes, Guid BatchId, string Hash);
