using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.ActivityData.Instruments;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// Every problem of an import at once: the file's shape, periods in the future, and then the very validation of the
/// batch endpoint (<see cref="BatchValidation"/>), its errors put back on the file's rows and columns. Pure.
/// </summary>
public static partial class ImportCheck
{
    /// <param name="Body">The file as the batch endpoint's body, an offset line's allocation as its serial: what a submitted import is recorded from.</param>
    public sealed record Outcome(ValidBatch? Batch, IReadOnlyList<LineAnnotation> Notes, IReadOnlyList<ImportProblem> Problems, JsonElement Body = default);

    public static Outcome Run(ImportSheet sheet, int year, DateTime today, FactorRelease release)
    {
        var problems = new List<ImportProblem>(sheet.Problems);
        if (year > today.Year) problems.Add(new ImportProblem(null, "year", "period-in-future", $"{year} has not begun; data is recorded for past periods."));
        var notes = new List<LineAnnotation>();
        for (var i = 0; i < sheet.Lines.Count; i++)
        {
            var noteErrors = new List<InputError>();
            notes.Add(LineAnnotations.Read(JsonSerializer.SerializeToElement(sheet.Lines[i]), noteErrors));
            problems.AddRange(noteErrors.Select(e => new ImportProblem(sheet.Rows[i], Header(sheet, e.Field), e.Code, e.Message, e.Line)));
        }
        for (var i = 0; i < notes.Count; i++)
            if (year == today.Year && notes[i].Month > today.Month)
                problems.Add(new ImportProblem(sheet.Rows[i], Header(sheet, "month"), "period-in-future", $"{year}-{notes[i].Month:00} has not ended yet.", Id(sheet, i)));
        if (sheet.Rows.Count == 0) return new Outcome(null, notes, problems);

        var allocationErrors = new List<InputError>();
        var (allocations, body) = AllocationReferences.Read(Body(sheet, year), allocationErrors);
        var (batch, errors) = BatchValidation.Validate(body, release);
        // A cell already reported (say, a bad number) is not reported again as the missing field it left behind.
        var named = problems.Select(p => (p.Row, p.Column)).ToHashSet();
        problems.AddRange(allocationErrors.Concat(errors).Select(e => OnRow(sheet, e)).Where(p => p.Row is null || !named.Contains((p.Row, p.Column))));
        return new Outcome(problems.Count == 0 ? batch : null, AllocationReferences.Attach(notes, allocations), problems, body);
    }

    /// <summary>The file as the batch endpoint's body, as written.</summary>
    public static JsonElement Body(ImportSheet sheet, int year) =>
        JsonSerializer.SerializeToElement(new JsonObject { ["year"] = year, ["lines"] = sheet.Lines.DeepClone() });

    /// <summary>A problem found for a line (by its id) on the line's row and the field's column.</summary>
    public static ImportProblem OnRow(ImportSheet sheet, InputError e)
    {
        if (IndexedField().Match(e.Field) is { Success: true } m)
        {
            var index = int.Parse(m.Groups[1].Value);
            return new ImportProblem(index < sheet.Rows.Count ? sheet.Rows[index] : null, Header(sheet, m.Groups[2].Value), e.Code, e.Message);
        }
        var rows = e.Line is null ? [] : Enumerable.Range(0, sheet.Rows.Count).Where(i => Id(sheet, i) == e.Line).ToList();
        // A duplicate is reported on its second row; anything else on the line's (first) row.
        int? row = rows.Count == 0 ? null : sheet.Rows[e.Code is "duplicate-line-id" or "duplicate-serial" && rows.Count > 1 ? rows[^1] : rows[0]];
        return new ImportProblem(row, Header(sheet, e.Field), e.Code, e.Message, e.Line);
    }

    private static string? Id(ImportSheet sheet, int index) => sheet.Lines[index]?["id"]?.GetValue<string>();

    private static string Header(ImportSheet sheet, string field) => sheet.Headers.GetValueOrDefault(field, field);

    [GeneratedRegex(@"^lines\[(\d+)\]\.?(.*)$")]
    private static partial Regex IndexedField();
}
