using CarbonPlatform.ActivityData.Observability;

using CarbonPlatform.ActivityData.Imports;

namespace CarbonPlatform.ActivityData.MeterReadings;

public static class MeterReadingEndpoints
{
    public static RouteGroupBuilder MapMeterReadings(this RouteGroupBuilder api)
    {
        ImportMetrics.Measured(api.MapPost("/parks/{parkId:guid}/meter-readings", ImportReadings.Handle), ImportMetrics.Readings)
            .WithTags("Imports").WithName("ImportMeterReadings")
            .Accepts<string>("text/csv", "multipart/form-data")
            .WithFileUpload("file", "The readings CSV (the first file of the form is taken; the raw text/csv body is taken too).", ["text/csv"])
            .Answers<ReadingsOutcome>().Answers<ReadingsOutcome>(StatusCodes.Status202Accepted).Produces(StatusCodes.Status409Conflict).Produces(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Imports a CSV of meter readings for ?year= (排放源编号/sourceId, 读数时间/readAt, 数量/quantity, 燃料/fuel?), streamed: "
                + "dryRun=true (the default) lists every problem by row; dryRun=false records the readings and one monthly line per metered "
                + "source, or nothing. UTF-8 (with or without BOM) or GB18030/GBK, told by the header row. At most 256 MB and 3,000,000 rows; "
                + "an Idempotency-Key makes a committed import's retry safe.")
            .WithDescription(FileImportEndpoints.IdempotentCommit("SHA-256 taken while the file streams", "(batchId, rows, monthlyLines) without inserting the readings again")
                + " While the park requires approval a commit answers 202 with status submitted: the readings are kept, their monthly lines "
                + "count once a reviewer approves the batch, and a returned file's readings are removed.");
        api.MapGet("/meter-readings/template.csv", () => FileImportEndpoints.CsvTemplate(ReadingColumns.Template(), "meter-readings-template.csv"))
            .WithTags("Imports").WithName("GetMeterReadingsTemplateCsv").WithSummary("The meter readings template: its Chinese column headers.")
            .WithDescription("UTF-8 with a byte-order mark.").Produces(StatusCodes.Status200OK, typeof(string), "text/csv");
        return api;
    }
}
