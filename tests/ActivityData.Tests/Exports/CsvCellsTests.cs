using CarbonPlatform.BuildingBlocks.Spreadsheets;
using CarbonPlatform.ActivityData.Exports;

namespace CarbonPlatform.ActivityData.Tests.Exports;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void A_cell_a_spreadsheet_could_run_as_a_formula_gets_a_leading_quote(string value, string cell) =>
        Assert.Equal(cell, CsvCells.Cell(value));

    [Theory]
    [InlineData("原煤", "原煤")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("", "")]
    public void Ordinary_text_is_kept_and_quoted_only_when_csv_needs_it(string value, string cell) =>
        Assert.Equal(cell, CsvCells.Cell(value));

    [Fact]
    public void Numbers_are_written_as_numbers_in_invariant_culture() =>
        Assert.Equal("-1234.5", CsvCells.Number(-1234.5));
}
