using CarbonPlatform.ActivityData.Exports;


namespace CarbonPlatform.ActivityData.Ledger;

public static class LedgerEndpoints
{
    public static RouteGroupBuilder MapLedger(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/ledger").WithTags("Ledger");
        group.MapGet("/", ReadLedger.Handle).WithName("ReadLedger")
            .WithSummary("The park's ledger (碳管理台账) for a year: every recorded and corrected line in chain order, superseded entries marked, "
                + "in pages (limit up to 1000, the default; cursor).")
            .WithDescription("For whoever may read the park.").Answers<Page<LedgerEntryView>>();
        group.MapGet("/verification", VerifyLedger.Handle).WithName("VerifyLedger")
            .WithSummary("Walks the park's hash chain and reports it intact, or the first entry that does not match and what differs.")
            .WithDescription("From the park's checkpoint (the head of the last intact verification, re-checked first) unless full=true, which walks "
                + "the whole chain and every current value again. Meter readings are checked against the monthly lines they were summed into, for "
                + "one year when year is given. An intact walk moves the checkpoint to its head.").Answers<LedgerVerification>();
        group.MapPost("/corrections", RecordCorrection.Handle).WithName("CorrectLedgerLine")
            .WithSummary("Corrects a recorded line: { lineId, year, reason, line }. A new entry supersedes the current one, which stays visible; "
                + "accounting is told to recompute.")
            .WithDescription("The corrected line is checked as a one-line batch would be. A locked year is 409 period-locked. While the park requires "
                + "approval the correction answers 202 with status submitted and the line keeps its value until a reviewer approves it.")
            .WithRequest(new LedgerCorrectionRequest("gas", 2025, "抄表数据录入错误，按发票更正。",
                new CarbonPlatform.ActivityData.Records.ActivityLineInput("gas", CarbonPlatform.Domain.Requests.ActivityKind.FuelCombustion, 118.2, "10^4Nm3", Fuel: "natural-gas")))
            .Answers<RecordedCorrection>(StatusCodes.Status201Created)
            .Answers<CarbonPlatform.ActivityData.Records.RecordedBatch>(StatusCodes.Status202Accepted).Produces(StatusCodes.Status409Conflict);
        group.MapGet("/export.csv", ExportLedger.Csv).WithName("ExportLedgerCsv")
            .WithSummary("The year's ledger as a CSV download; cells that a spreadsheet could run as formulas are prefixed with a quote.")
            .WithDescription("UTF-8 with a byte-order mark.").Produces(StatusCodes.Status200OK, typeof(string), "text/csv");
        group.MapGet("/export.xlsx", ExportLedger.Xlsx).WithName("ExportLedgerXlsx")
            .WithSummary("The year's ledger as an XLSX download, the CSV's columns: numbers as numbers, text as inline strings (never formulas).")
            .WithDescription("One sheet.").Produces(StatusCodes.Status200OK, typeof(byte[]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return api;
    }
}
