using System.Text;
using CarbonPlatform.ActivityData.Exports;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>How a dry run answers: JSON, or the problems as a CSV download.</summary>
public static class ImportAnswers
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
}
