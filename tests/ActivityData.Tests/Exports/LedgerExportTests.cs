using System.Net;
using System.Text;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Exports;

[Collection(nameof(ServiceCollection))]
public sealed class LedgerExportTests(ActivityDataService service)
{
    [Fact]
    public async Task The_ledger_export_is_a_csv_whose_formula_like_cells_are_neutralised()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, new { id = "=cmd|' /C calc'!A0", kind = "industrial-process", quantity = 10, unit = "t",
            product = "@SUM(1+1)", emissionFactor = 0.5 });
        await park.CorrectAsync("=cmd|' /C calc'!A0", 2024, "+reason", new { kind = "industrial-process", quantity = 12, unit = "t",
            product = "cement", emissionFactor = 0.5 });

        var response = await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/ledger/export.csv?year=2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("sequence,year,month,lineId", rows[0]);
        Assert.Contains(",'=cmd|' /C calc'!A0,", rows[1]);
        Assert.Contains(",'@SUM(1+1),", rows[1]);
        Assert.Contains(",'+reason,", rows[2]);
        Assert.DoesNotContain(rows.SelectMany(r => r.Split(',')), c => c.Length > 0 && "=+@".Contains(c[0]));
    }
}
