using System.Text.Json.Nodes;


namespace CarbonPlatform.Evaluation.Evaluations;

public static class EvaluationEndpoints
{
    public static RouteGroupBuilder MapStoredEvaluations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/evaluations").WithTags("Evaluations");
        group.MapPost("/", CreateEvaluation.Handle).WithName("CreateEvaluation")
            .WithSummary("Evaluates the park's current inventory of a year against a scheme and stores the result.")
            .WithDescription("The operator's administrator or data entry. The inventory must be computed for the year; errors name each indicator or management item. EvaluationCompleted is published.")
            .WithRequest(new EvaluationRequest(2025, "cers-2025-provisional", null, null, new Dictionary<string, object>
            {
                ["P1"] = true, ["P2"] = 1.0, ["P3"] = 0.5, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L3"] = 0.92, ["L4"] = false, ["L5"] = true,
            }))
            .Answers<CreatedEvaluation>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", Get).WithName("GetEvaluation")
            .WithSummary("A stored evaluation, with the inventory version, factor release and scheme version it pins, and whether it is stale.")
            .WithDescription("For whoever may read the park.").Answers<StoredEvaluationView>();
        group.MapGet("/", List).WithName("ListEvaluations").WithSummary("The park's stored evaluations, newest first.")
            .WithDescription("For whoever may read the park; in pages (limit, cursor).").Answers<Page<StoredEvaluationView>>();
        group.MapPost("/{id:guid}/re-evaluations", RerunEvaluation.Handle).WithName("RerunEvaluation")
            .WithSummary("Re-runs a (stale) evaluation with the same scheme version and inputs against the current inventory.")
            .WithDescription("A new evaluation is stored (rerunOf names the earlier one); the earlier one stays as it was.")
            .Answers<CreatedEvaluation>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, Guid id, HttpContext http, IParkDirectory parks, EvaluationDb db, CancellationToken ct)
    {
        if ((await parks.ForReadingTotalsAsync(http.Caller(), parkId, ct)).Refusal is { } refusal) return refusal.ToProblem();
        var evaluation = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.ParkId == parkId, ct);
        return evaluation is null ? Problems.NotFound("The evaluation") : Results.Text(evaluation.View(await HoldStore.EvaluationHolderAsync(db, id, ct)).ToJsonString(), "application/json");
    }

    private static async Task<IResult> List(Guid parkId, int? limit, string? cursor, HttpContext http, IParkDirectory parks, EvaluationDb db,
        CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if ((await parks.ForReadingTotalsAsync(http.Caller(), parkId, ct)).Refusal is { } refusal) return refusal.ToProblem();
        var query = db.Evaluations.AsNoTracking().Where(e => e.ParkId == parkId);
        if (page.After is { } after) query = query.After(e => e.CreatedAt, e => e.Id, after.At, after.Id, descending: true);
        var list = await query.OrderByKey(e => e.CreatedAt, e => e.Id, descending: true).Take(page.Fetch).ToListAsync(ct);
        var facts = await db.Set<HoldFact>().AsNoTracking().Where(f => f.ParkId == parkId).ToListAsync(ct);
        Guid? Holder(Guid evaluationId) => facts.Where(f => f.EvaluationId == evaluationId).GroupBy(f => f.ApplicationId)
            .Where(g => CertificationHold.HoldsEvaluation([.. g.Select(f => f.Fact)])).Select(g => (Guid?)g.Key).FirstOrDefault();
        var views = page.Finish(list, e => new TimeKey(e.CreatedAt, e.Id), e => (JsonNode)e.View(Holder(e.Id)));
        return Results.Text(new JsonObject { ["items"] = new JsonArray([.. views.Items]), ["nextCursor"] = views.NextCursor }.ToJsonString(),
            "application/json");
    }

    /// <param name="lockedBy">The application holding the evaluation (pending or certified), if any.</param>
    public static JsonObject View(this StoredEvaluation e, Guid? lockedBy)
    {
        var view = JsonNode.Parse(e.ResultJson)!.AsObject();
        view["id"] = e.Id;
        view["parkId"] = e.ParkId;
        view["inventoryVersion"] = e.InventoryVersion;
        view["factorRelease"] = e.FactorRelease;
        view["stale"] = e.Stale;
        view["staleReason"] = StaleReason(e);
        view["newerInventory"] = e.NewerInventoryVersion is int newer
            ? new JsonObject { ["version"] = newer, ["factorRelease"] = e.NewerFactorRelease } : null;
        view["lockedByApplicationId"] = lockedBy;
        // The ledger figures behind the computed management items, so each can be re-derived.
        view["ledgerFacts"] = JsonNode.Parse(e.InputsJson)?["ledgerFacts"]?.DeepClone();
        view["rerunOf"] = e.RerunOf;
        view["createdAt"] = DateTime.SpecifyKind(e.CreatedAt, DateTimeKind.Utc);
        return view;
    }

    /// <summary><c>factor-release</c>: the park's inventory is now computed on another (default) release than the one this
    /// evaluation pins; <c>inventory</c>: newer data, same release; null while current.</summary>
    private static string? StaleReason(StoredEvaluation e) =>
        !e.Stale ? null : e.NewerFactorRelease is { } release && release != e.FactorRelease ? "factor-release" : "inventory";
}
