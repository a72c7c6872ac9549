namespace CarbonPlatform.ActivityData.Imports;

/// <summary>A dry run of an import: how many rows were read, the encoding the file was told to be in, every problem found.</summary>
public sealed record ImportDryRun(bool DryRun, int Year, int Rows, string? Encoding, bool Valid, IReadOnlyList<ImportProblemView> Problems);

/// <summary>One problem of an imported file: the row (1 = the first after the header) and column, the line id when known.</summary>
public sealed record ImportProblemView(int? Row, string? Column, string? Line, string Code, string Message);

/// <summary>The import recorded as one batch of lines (status recorded), or submitted for approval (status submitted).</summary>
public sealed record RecordedImport(Guid BatchId, int Lines, string Status = "recorded");

/// <summary>A dry run of a meter-readings import: rows read, the monthly lines they sum to, the problems (the first ones kept).</summary>
public sealed record ReadingsDryRun(bool DryRun, int Year, long Rows, int MonthlyLines, bool Valid, int ProblemCount, IReadOnlyList<ReadingProblemView> Problems);

public sealed record ReadingProblemView(int? Row, string? Column, string Code, string Message);

/// <summary>
/// The readings recorded, summed into one monthly line per metered source (one batch; status recorded), or submitted for
/// approval (status submitted: the monthly lines count once a reviewer approves the batch).
/// </summary>
public sealed record RecordedReadings(Guid BatchId, long Rows, int MonthlyLines, string Status = "recorded");

/// <summary>
/// The answer of an import as the contract declares it for both codes, so that a generated client, which types one answer
/// per operation, reads either: a dry run (200) fills dryRun, year, rows, encoding, valid and problems; a commit (202)
/// fills batchId, lines and status (recorded, or submitted while the park requires approval). The service answers <see cref="ImportDryRun"/> or <see cref="RecordedImport"/>.
/// </summary>
public sealed record ImportOutcome(bool? DryRun, int? Year, int? Rows, string? Encoding, bool? Valid, IReadOnlyList<ImportProblemView>? Problems,
    Guid? BatchId, int? Lines, string? Status = null);

/// <summary>
/// The answer of a meter-readings import for both codes (see <see cref="ImportOutcome"/>): a dry run (200) fills dryRun,
/// year, rows, monthlyLines, valid, problemCount and problems; a commit (202) fills batchId, rows, monthlyLines and status
/// (recorded, or submitted while the park requires approval).
/// </summary>
public sealed record ReadingsOutcome(bool? DryRun, int? Year, long? Rows, int? MonthlyLines, bool? Valid, int? ProblemCount,
    IReadOnlyList<ReadingProblemView>? Problems, Guid? BatchId, string? Status = null);

/// <summary>How a dry run's problems come back (?format=): as JSON (the default), or csv for a download of them.</summary>
[System.ComponentModel.Description("How a dry run's problems come back: json (the default) or csv, a download of them.")]
public enum ImportReportFormat { Json, Csv }
