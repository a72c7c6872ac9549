using CarbonPlatform.Portal.Localization;
using CarbonPlatform.Portal.Platform;
using CarbonPlatform.BuildingBlocks.Spreadsheets;

namespace CarbonPlatform.Portal.Region;

/// <summary>The region table as the authority filtered and sorted it, as XLSX (the platform's own writer, as the ledger export).</summary>
public static class RegionExport
{
    public static WebApplication MapRegionExport(this WebApplication app)
    {
        app.MapGet("/downloads/region.xlsx", async (string? q, string? grade, int? year, string? sort, bool? desc,
            PlatformApi api, PortalUser user, PortalText l, HttpContext http) =>
        {
            var query = new RegionQuery(q, string.IsNullOrEmpty(grade) ? null : grade, year, sort ?? "name", desc ?? false);
            var table = await RegionTable.LoadAsync(api, user.RegionCode, query, http.RequestAborted);
            return await XlsxDownload.CreateAsync(l["辖区园区", "Parks"], $"region-{user.RegionCode ?? "all"}.xlsx", async sheet =>
            {
                await sheet.WriteRowAsync(RegionSheet.Header(l));
                foreach (var row in table.Rows) await sheet.WriteRowAsync(RegionSheet.Row(row, l));
            });
        }).RequireAuthorization();
        return app;
    }
}
