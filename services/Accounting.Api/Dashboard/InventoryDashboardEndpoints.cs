using System.ComponentModel;
using System.Text.Json;
using CarbonPlatform.Accounting.Answers;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using Grpc.Core;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>A big park's dashboard without its every line: the lines in sorted pages, the charts from one summary.</summary>
public static class InventoryDashboardEndpoints
{
    public static RouteGroupBuilder MapInventoryDashboard(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/inventories").WithTags("Inventories");
        group.MapGet("/{year:int}/lines", Lines).WithName("ListInventoryLines")
            .WithSummary("The inventory's lines in pages, sorted on the server: by co2e (default, largest first), id, kind or scope, with lineage (?lineage=).")
            .WithDescription("method is cers-2025 or ndrc-910-2025; the latest version, or ?version=n. Every page of one listing reads the version its first "
                + "page read (the cursor names it). Ties are broken by line id.")
            .Answers<Page<LineResult>>().WithEnumQuery<AccountingMethod>("method");
        group.MapGet("/{year:int}/summary", Summary).WithName("GetInventorySummary")
            .WithSummary("The inventory's figures for a dashboard without its lines: totals, gases, sums by scope, kind and month, the largest lines, "
                + "lines on unconfirmed factors.")
            .WithDescription("method is cers-2025 or ndrc-910-2025; the latest version, or ?version=n. Months come from each line's latest ledger entry; "
                + "lines recorded for the whole year are summed as annual.")
            .Answers<InventorySummary>().Produces(StatusCodes.Status422UnprocessableEntity).WithEnumQuery<AccountingMethod>("method");
        return api;
    }

    private static async Task<IResult> Lines(Guid parkId, int year, string? method, int? version, int? limit, string? cursor,
        [Description(LineageNames.Description)] string? lineage, HttpContext http, IParkDirectory parks, InventoryReader reader,
        ParsedInventories cache, InventoryStore store, CancellationToken ct,
        string sort = "co2e", bool? descending = null)
    {
        if (!InventoryLinePages.Sorts.Contains(sort))
            return Problems.Invalid("sort", "unknown-sort", $"sort must be one of {string.Join(", ", InventoryLinePages.Sorts)}.");
        if (ComputedHead.CheckMethod(method) is { } badMethod) return badMethod.ToProblem();
        if (!LineageQuery.TryRead(lineage, out var detail, out var badLineage)) return badLineage!.ToProblem();
        if (!PageRequest<InventoryLineKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var down = descending ?? sort == "co2e";
        if (page.After is { } after && (after.Sort != sort || after.Descending != down))
            return Problems.Invalid("cursor", "invalid-cursor", "cursor belongs to another sort: keep sort and descending as they were.");
        if ((await parks.ForReadingAsync(http.Caller(), parkId, ct)).Refusal is { } denied) return denied.ToProblem();

        var found = await reader.FindHeadAsync(parkId, year, method!, page.After?.Version ?? version, ct);
        if (found is null || found.Version.ErrorsJson is not null) return Problems.NotFound("The inventory");
        var pinned = found.Version.Version;
        var parsed = await cache.GetAsync(found, store, ct);
        return new StreamedJsonResult(async (writer, flush) =>
        {
            var lines = parsed.Root.GetProperty("lines");
            var fetched = InventoryLinePages.Page(parsed.Lines, sort, down, page.After, page.Fetch);
            var cut = page.Finish(fetched, l => InventoryLinePages.KeyOf(l, pinned, sort, down), l => l.Index);
            writer.WriteStartObject();
            writer.WriteStartArray("items");
            foreach (var index in cut.Items)
            {
                StoredInventoryJson.WriteLine(writer, lines[index], detail);
                await flush();
            }
            writer.WriteEndArray();
            if (cut.NextCursor is { } next) writer.WriteString("nextCursor", next); else writer.WriteNull("nextCursor");
            writer.WriteEndObject();
        });
    }

    private static async Task<IResult> Summary(Guid parkId, int year, string? method, int? version, HttpContext http, IParkDirectory parks,
        InventoryReader reader, ParsedInventories cache, InventorySummaries summaries, InventoryStore store, ActivityLedger.ActivityLedgerClient ledger,
        CancellationToken ct)
    {
        if (ComputedHead.CheckMethod(method) is { } badMethod) return badMethod.ToProblem();
        if ((await parks.ForReadingAsync(http.Caller(), parkId, ct)).Refusal is { } denied) return denied.ToProblem();
        var found = await ComputedHead.FindAsync(reader, parkId, year, method!, version, ct);
        if (!ComputedHead.IsComputed(found)) return ComputedHead.NotComputed(found);
        var parsed = await cache.GetAsync(found, store, ct);
        var summary = await summaries.GetAsync(found, () => MonthsAsync(ledger, parkId, year, ct),
            months => InventoryFigures.Of(parkId, found.Version.Version, Enum.Parse<InventoryStatus>(found.Status, ignoreCase: true),
                found.Version.ComputedAt, parsed.Root, months));
        return Results.Ok(summary);
    }

    private static async Task<IReadOnlyDictionary<string, int>> MonthsAsync(ActivityLedger.ActivityLedgerClient ledger, Guid parkId, int year, CancellationToken ct)
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        using var call = ledger.ListLineMonths(new StreamLinesRequest { ParkId = parkId.ToString(), Year = year }, cancellationToken: ct);
        await foreach (var batch in call.ResponseStream.ReadAllAsync(ct))
            for (var i = 0; i < batch.LineIds.Count; i++) months[batch.LineIds[i]] = batch.Months[i];
        return months;
    }
}
