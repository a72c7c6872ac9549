using CarbonPlatform.ActivityData.Observability;


namespace CarbonPlatform.ActivityData.Imports;

public static class ImportEndpoints
{
    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        ImportMetrics.Measured(api.MapPost("/parks/{parkId:guid}/imports", RunImport.Handle), ImportMetrics.Activity)
            .WithTags("Imports").WithName("ImportActivityFile")
            .Accepts<string>("text/csv", "multipart/form-data", XlsxDownload.ContentType)
            // The raw body stays accepted (the routing answers 415 to what is not declared); the contract declares the form.
            .WithFileUpload("file", "The CSV or XLSX file (the first file of the form is taken).", ["text/csv", XlsxDownload.ContentType])
            .Answers<ImportOutcome>().Answers<ImportOutcome>(StatusCodes.Status202Accepted).WithEnumQuery<ImportReportFormat>("format").Produces(StatusCodes.Status409Conflict).Produces(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery()
            .WithSummary("Imports a CSV or XLSX file (its first worksheet) of activity lines for ?year=. dryRun=true (the default) lists every "
                + "problem by row and column (?format=csv for a CSV download); dryRun=false records the whole file or nothing (an Idempotency-Key makes a retry safe). Headers: the "
                + "template's Chinese ones or the lines' JSON field names; CSV in UTF-8 (with or without BOM) or GB18030/GBK; an XLSX is told "
                + "by its content; at most 5 MB and 10,000 lines (413 beyond); a damaged workbook is 400 invalid-workbook.")
            .WithDescription(FileImportEndpoints.IdempotentCommit("SHA-256 of its bytes", "(batchId, lines) and records nothing again")
                + " The file is the field file of a multipart/form-data form (its first file); the raw body, with its media type "
                + "(text/csv or XLSX), is taken too.");
        api.MapGet("/imports/template.csv", () => FileImportEndpoints.CsvTemplate(ImportColumns.Template(), "activity-import-template.csv"))
            .WithTags("Imports").WithName("GetImportTemplateCsv").WithDescription("UTF-8 with a byte-order mark.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv")
            .WithSummary("The import template: Chinese column headers (编号, 类型, 数量, 单位, 燃料, … 月份) and an example line.");
        api.MapGet("/imports/template.xlsx", () => XlsxDownload.CreateAsync("activity-data", "activity-import-template.xlsx", async sheet =>
            {
                await sheet.WriteRowAsync(ImportColumns.All.Select(c => c.Chinese));
                await sheet.WriteRowAsync(ImportColumns.Example());
            }))
            .WithTags("Imports").WithName("GetImportTemplateXlsx").WithDescription("One worksheet.")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), XlsxDownload.ContentType)
            .WithSummary("The import template as an XLSX workbook: the same Chinese headers and example line as template.csv.");
        return api;
    }
}
