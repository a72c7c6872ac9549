namespace CarbonPlatform.ActivityData.Imports;

/// <summary>One problem of an import file: the file row (1 = header; null for the file as a whole), the column as the
/// file names it, a stable code and a message; the line id where the row has one.</summary>
public sealed record ImportProblem(int? Row, string? Column, string Code, string Message, string? Line = null);
