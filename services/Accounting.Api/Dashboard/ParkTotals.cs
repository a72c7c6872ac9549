using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Storage;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>The park's totals without a single line: what an enterprise its operator granted them may read.</summary>
public sealed record ParkTotals(Guid ParkId, int Year, string Method, int Version, InventoryStatus Status, string FactorRelease, DateTime ComputedAt,
    int Lines, Totals Totals, IReadOnlyDictionary<string, GasTotal> Gases, IReadOnlyList<ScopeTotal> ByScope, IReadOnlyList<KindTotal> ByKind)
{
    public static ParkTotals Of(InventorySummary s) =>
        new(s.ParkId, s.Year, s.Method, s.Version, s.Status, s.FactorRelease, s.ComputedAt, s.Lines, s.Totals, s.Gases, s.ByScope, s.ByKind);
}

public static class ParkTotalsEndpoint
{
    public static RouteGroupBuilder MapParkTotals(this RouteGroupBuilder api)
    {
        api.MapGet("/parks/{parkId:guid}/inventories/{year:int}/totals", Handle).WithTags("Inventories").WithName("GetParkTotals")
            .WithSummary("The inventory's totals: by gas, scope and kind of line, no line named.")
            .WithDescription("method is cers-2025 or ndrc-910-2025; the latest version, or ?version=n. Whoever reads the park reads them, and an "
                + "enterprise of the park while its operator grants it the park's totals (PUT /organizations/{id}/grants).")
            .Answers<ParkTotals>().Produces(StatusCodes.Status422UnprocessableEntity).WithEnumQuery<AccountingMethod>("method");
        return api;
    }

    private static async Task<IResult> Handle(Guid parkId, int year, string? method, int? version, HttpContext http, IParkDirectory parks,
        InventoryReader reader, ParsedInventories cache, InventoryStore store, CancellationToken ct)
    {
        if (ComputedHead.CheckMethod(method) is { } badMethod) return badMethod.ToProblem();
        if ((await parks.ForReadingTotalsAsync(http.Caller(), parkId, ct)).Refusal is { } denied) return denied.ToProblem();
        var found = await ComputedHead.FindAsync(reader, parkId, year, method!, version, ct);
        if (!ComputedHead.IsComputed(found)) return ComputedHead.NotComputed(found);
        var parsed = await cache.GetAsync(found, store, ct);
        var summary = InventoryFigures.Of(parkId, found.Version.Version, Enum.Parse<InventoryStatus>(found.Status, ignoreCase: true),
            found.Version.ComputedAt, parsed.Root, new Dictionary<string, int>());
        return Results.Ok(ParkTotals.Of(summary));
    }
}
