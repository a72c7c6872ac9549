using CarbonPlatform.ActivityData.Exports;

namespace CarbonPlatform.ActivityData.Ledger;

public static class LedgerEndpoints
{
    public static RouteGroupBuilder MapLedger(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/ledger").WithTags("Ledger");
        group.MapGet("/", ReadLedger.Handle)
            .WithSummary("The park's ledger (碳管理台账) for a year: every recorded and corrected line in chain order, superseded entries marked; "
                + "page with ?after=<sequence>&limit=.");
        group.MapGet("/verification", VerifyLedger.Handle)
            .WithSummary("Walks the park's hash chain and reports it intact, or the first entry that does not match and what differs.");
        group.MapPost("/corrections", RecordCorrection.Handle)
            .Accepts<object>("application/json")
            .WithSummary("Corrects a recorded line: { lineId, year, reason, line }. A new entry supersedes the current one, which stays visible; "
                + "accounting is told to recompute.");
        group.MapGet("/export.csv", ExportLedger.Csv)
            .WithSummary("The year's ledger as a CSV download; cells that a spreadsheet could run as formulas are prefixed with a quote.");
        group.MapGet("/export.xlsx", ExportLedger.Xlsx)
            .WithSummary("The year's ledger as an XLSX download, the CSV's columns: numbers as numbers, text as inline strings (never formulas).");
        return api;
    }
}
