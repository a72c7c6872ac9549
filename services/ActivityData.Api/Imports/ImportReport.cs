namespace CarbonPlatform.ActivityData.Imports;

/// <summary>Why an import file is refused: its problems by row and column, a file too large, a workbook that does not read.</summary>
public static class ImportReport
{
    public static Refusal Refused(IReadOnlyList<ImportProblem> problems) => Refusal.Invalid(
        problems.Select(p => new InputError(p.Line, p.Column ?? "file", p.Code, p.Row is null ? p.Message : $"Row {p.Row}: {p.Message}")),
        "The import is invalid; nothing was recorded. A dry run lists every problem by row and column.");

    public static Refusal InvalidWorkbook(string fileName, string reason) => Refusal.Invalid(
        [new InputError(null, "file", "invalid-workbook", $"{fileName} starts like an XLSX workbook but cannot be read as one: {reason}")],
        $"{fileName} is not a readable XLSX workbook; nothing was recorded.");

    public static Refusal TooLarge(string code, string message) => Refusal.TooLarge(code, message, "The import is too large; nothing was recorded.");
}
