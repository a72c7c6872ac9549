using CarbonPlatform.ActivityData.Imports;

namespace CarbonPlatform.ActivityData.Tests.Imports;

public sealed class ImportParsingTests
{
    private static ImportSheet Sheet(string csv, int maxRows = 100) => ImportSheet.Read(CsvRecordReader.Read(new StringReader(csv)), maxRows);

    [Fact]
    public void Csv_records_keep_quoted_commas_doubled_quotes_and_line_breaks_and_know_their_row()
    {
        var records = CsvRecordReader.Read(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",z\nlast,")).ToList();

        Assert.Equal([1, 2, 4, 6], records.Select(r => r.Row));
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
        Assert.Equal(["last", ""], records[3].Fields);
    }

    [Fact]
    public void Chinese_and_english_headers_name_the_same_fields_and_cells_get_their_types()
    {
        var sheet = Sheet("编号,类型,数量,单位,燃料,Month\nL-1,fuel-combustion,12.5,t,anthracite,3\n");

        Assert.Empty(sheet.Problems);
        Assert.Equal("""{"id":"L-1","kind":"fuel-combustion","quantity":12.5,"unit":"t","fuel":"anthracite","month":3}""",
            sheet.Lines[0]!.ToJsonString());
        Assert.Equal("数量", sheet.Headers["quantity"]);
        Assert.Equal([2], sheet.Rows);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_named()
    {
        var sheet = Sheet("编号,类型,数量,重量\nL-1,offset,1,2\n");

        Assert.Equal([("重量", "unknown-column"), ("unit", "missing-column")], sheet.Problems.Select(p => (p.Column, p.Code)));
    }

    [Fact]
    public void A_bad_number_is_reported_on_its_row_and_column()
    {
        var sheet = Sheet("id,kind,quantity,unit\nL-1,purchased-electricity,1,MWh\nL-2,purchased-electricity,12，5,MWh\n");

        var problem = Assert.Single(sheet.Problems);
        Assert.Equal((3, "quantity", "invalid-number", "L-2"), (problem.Row, problem.Column, problem.Code, problem.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("编号,类型,数量,单位\r\n")]
    public void An_empty_file_is_one_problem(string csv) =>
        Assert.Equal("empty-file", Assert.Single(Sheet(csv).Problems).Code);

    [Fact]
    public void Reading_stops_after_the_row_limit()
    {
        var sheet = Sheet("id,kind,quantity,unit\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"L-{i},offset,1,tCO2e\n")), maxRows: 3);

        Assert.True(sheet.TooManyRows);
        Assert.Equal(3, sheet.Rows.Count);
    }

    [Fact]
    public void The_template_has_the_chinese_headers_and_they_all_read_back()
    {
        var sheet = Sheet(ImportColumns.Template());

        Assert.StartsWith("编号,类型,数量,单位,燃料", ImportColumns.Template());
        Assert.Empty(sheet.Problems);
        Assert.Equal(ImportColumns.All.Count, sheet.Headers.Count);
    }
}
