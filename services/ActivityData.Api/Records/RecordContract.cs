namespace CarbonPlatform.ActivityData.Records;

/// <summary>
/// A batch of a year's activity lines, recorded all or nothing. Each line is an activity line of accounting.md (id, kind,
/// quantity, unit and the fields its kind needs), optionally naming the registered emission source (sourceId) and the
/// evidence file behind it (evidenceId); month (1–12) when the line is one month's figure. A green-electricity or offset line
/// names the register's allocation it spends (allocationId) instead of carrying a serial.
/// </summary>
public sealed record ActivityBatchRequest(int Year, IReadOnlyList<ActivityLineInput> Lines, string? Channel = null);

/// <summary>
/// An activity line as recorded: the calculation's line plus where it came from. channel (on the batch) may only repeat what
/// the token says: manual for a person, api for an API client.
/// </summary>
public sealed record ActivityLineInput(string Id, ActivityKind Kind, double Quantity, string Unit, string? Fuel = null, string? Direction = null,
    double? Ncv = null, double? CarbonContent = null, double? OxidationRate = null, bool? InternationalBunker = null, string? Carbonate = null,
    double? CalcinationFraction = null, string? Product = null, double? EmissionFactor = null, string? Gas = null, string? Source = null,
    string? Instrument = null, int? Category = null, string? SinkType = null, string? Serial = null, Guid? SourceId = null, string? EvidenceId = null,
    int? Month = null, Guid? AllocationId = null);

/// <summary>
/// The batch recorded (or, for a repeated Idempotency-Key, the batch the first request recorded). status is recorded, or
/// submitted while the park requires approval: then nothing counts until a reviewer approves it.
/// </summary>
public sealed record RecordedBatch(Guid BatchId, string Status = "recorded");

/// <summary>A recorded activity line (id is the line's own id, unique in the park-year).</summary>
public sealed record ActivityRecordView(string Id, ActivityKind Kind, double Quantity, string Unit, string? Fuel, double? Ncv, double? CarbonContent,
    double? OxidationRate, string? Direction, bool? InternationalBunker, string? Carbonate, double? CalcinationFraction, string? Product,
    double? EmissionFactor, string? Gas, string? Source, string? Instrument, int? Category, string? SinkType, string? Serial, Guid? SourceId,
    Guid BatchId, DateTime RecordedAt, Guid? AllocationId = null);

/// <summary>
/// The park's recorded lines of a year; or, asked with ?status=, no lines (items empty) and the batches kept for approval in
/// that status (submissions; year is then the filter given, if any).
/// </summary>
public sealed record ActivityRecordList(Guid ParkId, int? Year, IReadOnlyList<ActivityRecordView> Items, string? NextCursor,
    IReadOnlyList<CarbonPlatform.ActivityData.Approval.SubmissionView>? Submissions = null);
