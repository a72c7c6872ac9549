namespace CarbonPlatform.ActivityData.Imports;

/// <summary>A dry run of an import: how many rows were read, the encoding the file was told to be in, every problem found.</summary>
public sealed record ImportDryRun(bool DryRun, int Year, int Rows, string? Encoding, bool Valid, IReadOnlyList<ImportProblemView> Problems);

/// <summary>One problem of an imported file: the row (1 = the first after the header) and column, the line id when known.</summary>
public sealed record ImportProblemView(int? Row, string? Column, string? Line, string Code, string Message);

/// <summary>The import recorded as one batch of lines.</summary>
public sealed record RecordedImport(Guid BatchId, int Lines);

/// <summary>A dry run of a meter-readings import: rows read, the monthly lines they sum to, the problems (the first ones kept).</summary>
public sealed record ReadingsDryRun(bool DryRun, int Year, long Rows, int MonthlyLines, bool Valid, int ProblemCount, IReadOnlyList<ReadingProblemView> Problems);

public sealed record ReadingProblemView(int? Row, string? Column, string Code, string Message);

/// <summary>The readings recorded, summed into one monthly line per metered source (one batch).</summary>
public sealed record RecordedReadings(Guid BatchId, long Rows, int MonthlyLines);
