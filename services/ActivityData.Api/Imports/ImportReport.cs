using CarbonPlatform.BuildingBlocks.Spreadsheets;
using System.Text;
using CarbonPlatform.ActivityData.Exports;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>How a dry run answers (JSON or a CSV download) and how a refused commit does (problem details).</summary>
public static class ImportReport
{
    public static IResult DryRun(int year, int rows, string? encoding, IReadOnlyList<ImportProblem> problems, string? format)
    {
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = new StringBuilder(CsvCells.Row(["row", "column", "line", "code", "message"]));
            foreach (var p in problems)
                csv.Append(CsvCells.Row([p.Row?.ToString() ?? "", CsvCells.Cell(p.Column), CsvCells.Cell(p.Line), CsvCells.Cell(p.Code), CsvCells.Cell(p.Message)]));
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
                $"import-problems-{year}.csv");
        }
        return Results.Ok(new ImportDryRun(true, year, rows, encoding, problems.Count == 0,
            problems.Select(p => new ImportProblemView(p.Row, p.Column, p.Line, p.Code, p.Message)).ToList()));
    }

    public static IResult Refused(IReadOnlyList<ImportProblem> problems) => Problems.Invalid(
        problems.Select(p => new InputError(p.Line, p.Column ?? "file", p.Code, p.Row is null ? p.Message : $"Row {p.Row}: {p.Message}")),
        "The import is invalid; nothing was recorded. A dry run lists every problem by row and column.");

    public static IResult InvalidWorkbook(string fileName, string reason) => Problems.WithErrors(StatusCodes.Status400BadRequest,
        $"{fileName} is not a readable XLSX workbook; nothing was recorded.",
        [new InputError(null, "file", "invalid-workbook", $"{fileName} starts like an XLSX workbook but cannot be read as one: {reason}")]);

    public static IResult TooLarge(string code, string message) =>
        Problems.WithErrors(StatusCodes.Status413PayloadTooLarge, "The import is too large; nothing was recorded.", [new InputError(null, "file", code, message)]);
}
