using System.Text;

namespace CarbonPlatform.ActivityData.MeterReadings;

public static class MeterReadingEndpoints
{
    public static RouteGroupBuilder MapMeterReadings(this RouteGroupBuilder api)
    {
        api.MapPost("/parks/{parkId:guid}/meter-readings", ImportReadings.Handle)
            .WithTags("Imports")
            .Accepts<string>("text/csv")
            .WithSummary("Imports a CSV of meter readings for ?year= (排放源编号/sourceId, 读数时间/readAt, 数量/quantity, 燃料/fuel?), streamed: "
                + "dryRun=true (the default) lists every problem by row; dryRun=false records the readings and one monthly line per metered "
                + "source, or nothing. At most 256 MB and 3,000,000 rows.");
        api.MapGet("/meter-readings/template.csv", () => Results.File(
                Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ReadingColumns.Template())).ToArray(), "text/csv; charset=utf-8", "meter-readings-template.csv"))
            .WithTags("Imports").WithSummary("The meter readings template: its Chinese column headers.");
        return api;
    }
}
