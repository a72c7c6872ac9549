using System.Text.Json.Nodes;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Pathways.Engine.Projection;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Evaluation.Pathways.Parks;

/// <summary>A stored scenario: a name, the measures, the declared management and indicator values, the discount rate.</summary>
public sealed record ParkScenarioRequest(string Name, IReadOnlyList<PathwayMeasure> Measures, IReadOnlyDictionary<string, object>? Management,
    IReadOnlyDictionary<string, object>? Indicators, double? DiscountRate);

public sealed record ParkScenarioSummary(Guid Id, string Name, string CreatedBy, DateTime CreatedAt);

/// <summary>A stored scenario projected now: against the park's target and its current inventory of the baseline year.</summary>
public sealed record ParkScenarioView(Guid Id, string Name, ParkTargetView Target, JsonElement Scenario, PathwayPreviewResponse Projection);

/// <summary>Every stored scenario of the park projected side by side against the same target and baseline.</summary>
public sealed record ParkScenarioComparison(ParkTargetView Target, IReadOnlyList<ParkScenarioView> Scenarios);

public static class ParkScenarioEndpoints
{
    public const int MaxScenariosPerPark = 20;

    public static RouteGroupBuilder MapParkScenarios(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/pathway-scenarios").WithTags("Pathways");
        group.MapPost("/", Create).WithName("CreatePathwayScenario")
            .WithSummary("Stores a scenario of the park: measures on its current inventory of the target's baseline year.")
            .WithDescription("The park's operator. The park needs a target (PUT …/pathway-target) and activity data of the baseline year; the scenario is checked as POST /pathway-previews checks it, errors naming the field.")
            .WithRequest<ParkScenarioRequest>().Answers<ParkScenarioSummary>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListPathwayScenarios").WithSummary("The park's stored scenarios, newest first.")
            .WithDescription("For whoever may read the park. In pages (limit, cursor).").Answers<Page<ParkScenarioSummary>>();
        group.MapGet("/{id:guid}", Get).WithName("GetPathwayScenario")
            .WithSummary("A stored scenario projected year by year against the park's target and its current inventory.")
            .WithDescription("For whoever may read the park. Nothing of the projection is stored: new activity data changes the baseline.").Answers<ParkScenarioView>().Produces(StatusCodes.Status409Conflict);
        api.MapGet("/parks/{parkId:guid}/pathway-comparison", Compare).WithTags("Pathways").WithName("ComparePathwayScenarios")
            .WithSummary("Every stored scenario of the park projected side by side against its target and current inventory.")
            .WithDescription("For whoever may read the park.").Answers<ParkScenarioComparison>().Produces(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Create(Guid parkId, JsonElement body, HttpContext http, IParkDirectory parks, ParkScenarios scenarios,
        EvaluationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        if (body.ValueKind != JsonValueKind.Object) return Problems.Invalid("body", "invalid-type", "The body must be a JSON object.");
        var name = body.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        if (name.Length is 0 or > 200) return Problems.Invalid("name", "missing-field", "name is required (at most 200 characters).");
        if (await db.PathwayScenarios.CountAsync(s => s.ParkId == parkId, ct) >= MaxScenariosPerPark)
            return Problems.Conflict("name", "too-many-scenarios", $"A park keeps at most {MaxScenariosPerPark} scenarios.");
        var stored = new JsonObject();
        foreach (var field in new[] { "measures", "management", "indicators", "discountRate" })
            if (body.TryGetProperty(field, out var value)) stored[field] = JsonNode.Parse(value.GetRawText());
        var (scenario, _, refusal) = await scenarios.ReadAsync(access.Park, stored, ct);
        if (scenario is null) return refusal!.ToProblem();
        var record = new PathwayScenarioRecord
        {
            Id = Guid.NewGuid(), ParkId = parkId, Name = name, ScenarioJson = stored.ToJsonString(), CreatedBy = caller.Subject, CreatedAt = DateTime.UtcNow,
        };
        db.PathwayScenarios.Add(record);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/parks/{parkId}/pathway-scenarios/{record.Id}", Summary(record));
    }

    private static async Task<IResult> List(Guid parkId, int? limit, string? cursor, HttpContext http, IParkDirectory parks, EvaluationDb db,
        CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if ((await parks.ForReadingAsync(http.Caller(), parkId, ct)).Refusal is { } refusal) return refusal.ToProblem();
        var query = db.PathwayScenarios.AsNoTracking().Where(s => s.ParkId == parkId);
        if (page.After is { } after) query = query.After(s => s.CreatedAt, s => s.Id, after.At, after.Id, descending: true);
        var list = await query.OrderByKey(s => s.CreatedAt, s => s.Id, descending: true).Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(list, s => new TimeKey(s.CreatedAt, s.Id), Summary));
    }

    private static async Task<IResult> Get(Guid parkId, Guid id, HttpContext http, IParkDirectory parks, ParkScenarios scenarios, EvaluationDb db, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var record = await db.PathwayScenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.ParkId == parkId, ct);
        if (record is null) return Problems.NotFound("The scenario");
        var (view, refusal) = await scenarios.ProjectAsync(access.Park, record, ct);
        return view is null ? refusal!.ToProblem() : Results.Json(view, EvaluationJson.Options);
    }

    private static async Task<IResult> Compare(Guid parkId, HttpContext http, IParkDirectory parks, ParkScenarios scenarios, EvaluationDb db, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var records = await db.PathwayScenarios.AsNoTracking().Where(s => s.ParkId == parkId).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var views = new List<ParkScenarioView>();
        foreach (var record in records)
        {
            var (view, refusal) = await scenarios.ProjectAsync(access.Park, record, ct);
            if (view is null) return refusal!.ToProblem();
            views.Add(view);
        }
        var target = await db.PathwayTargets.AsNoTracking().FirstOrDefaultAsync(t => t.ParkId == parkId, ct);
        return target is null ? Problems.NotFound("The park's pathway target")
            : Results.Json(new ParkScenarioComparison(ParkTargetEndpoints.View(target), views), EvaluationJson.Options);
    }

    private static ParkScenarioSummary Summary(PathwayScenarioRecord r) => new(r.Id, r.Name, r.CreatedBy, DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc));
}
