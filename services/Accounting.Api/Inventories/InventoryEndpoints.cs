using CarbonPlatform.Domain.Requests;
using System.ComponentModel;
using System.Text.Json.Nodes;
using CarbonPlatform.Accounting.Answers;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Dashboard;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;


namespace CarbonPlatform.Accounting.Inventories;

public static class InventoryEndpoints
{
    public static RouteGroupBuilder MapInventories(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/inventories").WithTags("Inventories");
        group.MapGet("/{year:int}", Get).WithName("GetInventory")
            .WithSummary("The park's inventory of a year for a method (latest version, or ?version=n), with lineage (?lineage=full, factors or none) and status; ?factorRelease=name computes the recorded data on that release instead (status preview, nothing stored).")
            .WithDescription("method is cers-2025 or ndrc-910-2025. A version whose recorded data could not be computed is 422 with the errors of each line.")
            .Answers<InventoryDocument>().Produces(StatusCodes.Status422UnprocessableEntity).WithEnumQuery<AccountingMethod>("method");
        group.MapGet("/{year:int}/versions", Versions).WithName("ListInventoryVersions")
            .WithSummary("Every version of the inventory, with the factor release and batches each used.")
            .WithDescription("Both methods unless method is given; by method, then version, in pages (limit, cursor).").Answers<Page<InventoryVersionView>>().WithEnumQuery<AccountingMethod>("method");
        group.MapGet("/{year:int}/export", ExportInventory.Handle).WithName("ExportInventory")
            .WithSummary("The calculation as CSV or XLSX (?format=xlsx): every line with formula, inputs, origins and factor statuses.")
            .WithDescription("The lineage export a certification body reviews.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .WithEnumQuery<AccountingMethod>("method").WithEnumQuery<InventoryExportFormat>("format");
        group.MapGet("/{year:int}/lines/{lineId}", Line).WithName("GetInventoryLine")
            .WithSummary("Audit view of one line: formula, inputs with their origin and status, intermediates, result.")
            .WithDescription("lineId is the id the line was recorded with.").Answers<InventoryLineView>().WithEnumQuery<AccountingMethod>("method");
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, int year, string? method, int? version, string? factorRelease,
        [Description(LineageNames.Description)] string? lineage, HttpContext http,
        IParkDirectory parks, InventoryReader reader, FactorReleaseSource releases, InventoryComputer computer, CancellationToken ct)
    {
        if (await Authorize(parkId, http, parks, ct) is { } denied) return denied.ToProblem();
        if (method is null) return Problems.Invalid("method", "missing-field", "method is required: cers-2025 or ndrc-910-2025.");
        if (!LineageQuery.TryRead(lineage, out var detail, out var badLineage)) return badLineage!.ToProblem();
        if (factorRelease is not null)
            return await InventoryPreview.Handle(parkId, year, method, version, factorRelease, detail, parks, releases, computer, ct);
        var found = await reader.FindAsync(parkId, year, method, version, ct);
        if (found is null) return Problems.NotFound("The inventory");
        if (found.Version.ErrorsJson is not null)
            return Results.Problem(statusCode: 422, title: "The inventory could not be computed from the recorded data.",
                extensions: new Dictionary<string, object?> { ["errors"] = JsonNode.Parse(found.Version.ErrorsJson), ["version"] = found.Version.Version, ["status"] = found.Status });
        return StoredInventoryJson.For(parkId, found, detail);
    }

    private static async Task<IResult> Versions(Guid parkId, int year, string? method, int? limit, string? cursor, HttpContext http,
        IParkDirectory parks, AccountingDb db, CancellationToken ct)
    {
        if (!PageRequest<VersionKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if (await Authorize(parkId, http, parks, ct) is { } denied) return denied.ToProblem();
        var query = db.Inventories.AsNoTracking().Where(i => i.ParkId == parkId && i.Year == year && (method == null || i.Method == method));
        if (page.After is { } after) query = query.After(i => i.Method, i => i.Version, after.Method, after.Version);
        var versions = await query.OrderByKey(i => i.Method, i => i.Version)
            .Select(i => new { i.Method, i.Version, i.FactorRelease, i.GwpSet, i.LineCount, i.ComputedAt, Failed = i.ErrorsJson != null })
            .Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(versions, v => new VersionKey(v.Method, v.Version), v => new InventoryVersionView(v.Method, v.Version,
            v.FactorRelease, v.GwpSet, v.LineCount, DateTime.SpecifyKind(v.ComputedAt, DateTimeKind.Utc), v.Failed)));
    }

    private sealed record VersionKey(string Method, int Version);

    private static async Task<IResult> Line(Guid parkId, int year, string lineId, string? method, int? version, HttpContext http,
        IParkDirectory parks, InventoryReader reader, ParsedInventories cache, InventoryStore store, CancellationToken ct)
    {
        if (await Authorize(parkId, http, parks, ct) is { } denied) return denied.ToProblem();
        var found = await reader.FindHeadAsync(parkId, year, method ?? "cers-2025", version, ct);
        if (found is null || found.Version.ErrorsJson is not null) return Problems.NotFound("The inventory");
        var parsed = await cache.GetAsync(found, store, ct);
        var at = parsed.Lines.FirstOrDefault(l => l.Id == lineId);
        if (at is null) return Problems.NotFound("The line");
        return Results.Text(new JsonObject
        {
            ["parkId"] = parkId, ["year"] = year, ["method"] = parsed.Root.GetProperty("method").GetString(), ["version"] = found.Version.Version,
            ["factorRelease"] = found.Version.FactorRelease, ["gwpSet"] = found.Version.GwpSet,
            ["line"] = JsonNode.Parse(parsed.Root.GetProperty("lines")[at.Index].GetRawText()),
        }.ToJsonString(), "application/json");
    }

    private static async Task<Refusal?> Authorize(Guid parkId, HttpContext http, IParkDirectory parks, CancellationToken ct) =>
        (await parks.ForReadingAsync(http.Caller(), parkId, ct)).Refusal;
}
