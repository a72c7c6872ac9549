using CarbonPlatform.Portal.Imports;
using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Downloads;

/// <summary>Files the API serves, passed through with the person's token so the browser never holds one.</summary>
public static class DownloadEndpoints
{
    public static WebApplication MapDownloads(this WebApplication app)
    {
        var downloads = app.MapGroup("/downloads").RequireAuthorization();
        downloads.MapGet("/import-template.csv", (PlatformApi api, HttpContext http) => PassAsync(api, http, "api/v1/imports/template.csv"));
        downloads.MapGet("/import-template.xlsx", (PlatformApi api, HttpContext http) => PassAsync(api, http, "api/v1/imports/template.xlsx"));
        downloads.MapGet("/certificates/{number}", (string number, PlatformApi api, HttpContext http) =>
            PassAsync(api, http, $"api/v1/certificates/{Uri.EscapeDataString(number)}/document"));
        downloads.MapGet("/reports/{evaluationId:guid}", (Guid evaluationId, PlatformApi api, HttpContext http) =>
            PassAsync(api, http, $"api/v1/evaluation-reports/{evaluationId}"));
        downloads.MapGet("/ledger/{parkId:guid}/{year:int}.{format}", (Guid parkId, int year, string format, PlatformApi api, HttpContext http) =>
            format is "csv" or "xlsx" ? PassAsync(api, http, $"api/v1/parks/{parkId}/ledger/export.{format}?year={year}") : Task.FromResult(Results.NotFound()));
        downloads.MapGet("/instruments/{parkId:guid}.csv", (Guid parkId, PlatformApi api, HttpContext http) =>
            PassAsync(api, http, $"api/v1/parks/{parkId}/instruments/export.csv"));
        downloads.MapGet("/import-problems/{draftId}", ProblemsAsync);
        return app;
    }

    private static async Task<IResult> PassAsync(PlatformApi api, HttpContext http, string path)
    {
        var response = await api.DownloadAsync(path, http.RequestAborted);
        http.Response.RegisterForDispose(response);
        if (!response.IsSuccessStatusCode) return Results.StatusCode((int)response.StatusCode);
        var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        return Results.Stream(await response.Content.ReadAsStreamAsync(http.RequestAborted), type, name);
    }

    /// <summary>The dry run's problems as CSV, as the activity-data service writes them (formula-safe).</summary>
    private static async Task<IResult> ProblemsAsync(string draftId, ImportDrafts drafts, PlatformApi api, HttpContext http)
    {
        var draft = drafts.Find(draftId, http.User.FindFirst("sub")?.Value ?? "");
        if (draft is null) return Results.NotFound();
        await using var content = File.OpenRead(draft.Path);
        var answer = await api.PostFileForDownloadAsync($"api/v1/parks/{draft.ParkId}/imports?year={draft.Year}&dryRun=true&format=csv",
            content, draft.ContentType, http.RequestAborted);
        return Results.File(answer, "text/csv; charset=utf-8", "import-problems.csv");
    }
}
