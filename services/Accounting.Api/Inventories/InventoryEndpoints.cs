using System.Text.Json.Nodes;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.EmissionFactors.Client;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Inventories;

public static class InventoryEndpoints
{
    public static RouteGroupBuilder MapInventories(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/inventories").WithTags("Inventories");
        group.MapGet("/{year:int}", Get).WithSummary("The park's inventory of a year for a method (latest version, or ?version=n), with lineage and status; ?factorRelease=name computes the recorded data on that release instead (status preview, nothing stored).");
        group.MapGet("/{year:int}/versions", Versions).WithSummary("Every version of the inventory, with the factor release and batches each used.");
        group.MapGet("/{year:int}/export", ExportInventory.Handle)
            .WithSummary("The calculation as CSV or XLSX (?format=xlsx): every line with formula, inputs, origins and factor statuses.");
        group.MapGet("/{year:int}/lines/{lineId}", Line).WithSummary("Audit view of one line: formula, inputs with their origin and status, intermediates, result.");
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, int year, string? method, int? version, string? factorRelease, HttpContext http,
        IParkDirectory parks, InventoryReader reader, FactorReleaseSource releases, InventoryComputer computer, CancellationToken ct)
    {
        if (await Authorize(parkId, http, parks, ct) is { } denied) return denied;
        if (method is null) return Problems.Invalid("method", "missing-field", "method is required: cers-2025 or ndrc-910-2025.");
        if (factorRelease is not null)
            return await InventoryPreview.Handle(parkId, year, method, version, factorRelease, parks, releases, computer, ct);
        var found = await reader.FindAsync(parkId, year, method, version, ct);
        if (found is null) return Problems.NotFound("The inventory");
        if (found.Version.ErrorsJson is not null)
            return Results.Problem(statusCode: 422, title: "The inventory could not be computed from the recorded data.",
                extensions: new Dictionary<string, object?> { ["errors"] = JsonNode.Parse(found.Version.ErrorsJson), ["version"] = found.Version.Version, ["status"] = found.Status });
        var body = JsonNode.Parse(found.Version.ResultJson)!.AsObject();
        body["parkId"] = parkId;
        body["version"] = found.Version.Version;
        body["status"] = found.Status;
        body["computedAt"] = DateTime.SpecifyKind(found.Version.ComputedAt, DateTimeKind.Utc);
        body["batches"] = new JsonArray(found.Version.Batches.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(b => (JsonNode)b).ToArray());
        return Results.Text(body.ToJsonString(), "application/json");
    }

    private static async Task<IResult> Versions(Guid parkId, int year, string? method, HttpContext http, IParkDirectory parks, AccountingDb db, CancellationToken ct)
    {
        if (await Authorize(parkId, http, parks, ct) is { } denied) return denied;
        var versions = await db.Inventories.AsNoTracking().Where(i => i.ParkId == parkId && i.Year == year && (method == null || i.Method == method))
            .OrderBy(i => i.Method).ThenBy(i => i.Version)
            .Select(i => new { i.Method, i.Version, i.FactorRelease, i.GwpSet, i.LineCount, i.ComputedAt, Failed = i.ErrorsJson != null })
            .ToListAsync(ct);
        return Results.Ok(versions);
    }

    private static async Task<IResult> Line(Guid parkId, int year, string lineId, string? method, int? version, HttpContext http,
        IParkDirectory parks, InventoryReader reader, CancellationToken ct)
    {
        if (await Authorize(parkId, http, parks, ct) is { } denied) return denied;
        var found = await reader.FindAsync(parkId, year, method ?? "cers-2025", version, ct);
        if (found is null || found.Version.ErrorsJson is not null) return Problems.NotFound("The inventory");
        var result = JsonNode.Parse(found.Version.ResultJson)!;
        var line = result["lines"]!.AsArray().FirstOrDefault(l => (string?)l!["id"] == lineId);
        if (line is null) return Problems.NotFound("The line");
        return Results.Text(new JsonObject
        {
            ["parkId"] = parkId, ["year"] = year, ["method"] = (string?)result["method"], ["version"] = found.Version.Version,
            ["factorRelease"] = found.Version.FactorRelease, ["gwpSet"] = found.Version.GwpSet, ["line"] = line.DeepClone(),
        }.ToJsonString(), "application/json");
    }

    private static async Task<IResult?> Authorize(Guid parkId, HttpContext http, IParkDirectory parks, CancellationToken ct) =>
        (await parks.ForReadingAsync(http.Caller(), parkId, ct)).Refusal;
}
