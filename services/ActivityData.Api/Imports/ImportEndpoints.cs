using System.Text;

namespace CarbonPlatform.ActivityData.Imports;

public static class ImportEndpoints
{
    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        api.MapPost("/parks/{parkId:guid}/imports", RunImport.Handle)
            .WithTags("Imports")
            .Accepts<string>("text/csv", "multipart/form-data")
            .DisableAntiforgery()
            .WithSummary("Imports a CSV file of activity lines for ?year=. dryRun=true (the default) lists every problem by row and column "
                + "(?format=csv for a CSV download); dryRun=false records the whole file or nothing. Headers: the template's Chinese ones "
                + "or the lines' JSON field names; UTF-8 (with or without BOM) or GB18030/GBK; at most 5 MB and 10,000 lines (413 beyond).");
        api.MapGet("/imports/template.csv", () => Results.File(
                Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ImportColumns.Template())).ToArray(), "text/csv; charset=utf-8", "activity-import-template.csv"))
            .WithTags("Imports")
            .WithSummary("The import template: Chinese column headers (编号, 类型, 数量, 单位, 燃料, … 月份) and an example line.");
        return api;
    }
}
