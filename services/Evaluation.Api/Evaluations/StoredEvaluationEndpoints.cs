using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Contracts.Evaluation;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Previews;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Messaging;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Evaluation.Evaluations;

public static class StoredEvaluationEndpoints
{
    public static RouteGroupBuilder MapStoredEvaluations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/evaluations").WithTags("Evaluations");
        group.MapPost("/", Create).Accepts<object>("application/json")
            .WithSummary("Evaluates the park's current inventory of a year against a scheme and stores the result.");
        group.MapGet("/{id:guid}", Get).WithSummary("A stored evaluation, with the inventory version, factor release and scheme version it pins.");
        group.MapGet("/", List).WithSummary("The park's stored evaluations, newest first.");
        return api;
    }

    private static async Task<IResult> Create(Guid parkId, JsonElement body, HttpContext http, IParkDirectory parks, SchemeRegistry registry,
        EvaluationDb db, Inventories.InventoriesClient accounting, CancellationToken ct)
    {
        var caller = http.Caller();
        var park = await parks.FindAsync(parkId, ct);
        if (park is null || !ParkVisibility.CanRead(caller, park)) return Problems.NotFound("The park");
        if (!ParkVisibility.CanWrite(caller, park)) return Problems.Forbidden("This caller may read the park's evaluations but not run one.");
        if (body.ValueKind != JsonValueKind.Object) return Problems.Invalid("body", "invalid-type", "The body must be a JSON object.");
        if (!body.TryGetProperty("year", out var yearValue) || !yearValue.TryGetInt32(out var year))
            return Problems.Invalid("year", "missing-field", "year is required (the inventory's calendar year).");
        var schemeId = body.TryGetProperty("scheme", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : null;
        int? version = body.TryGetProperty("schemeVersion", out var v) && v.TryGetInt32(out var n) ? n : null;
        var scheme = schemeId is null ? null : await registry.FindAsync(schemeId, version, db, ct);
        if (scheme is null) return Problems.Invalid("scheme", "unknown-scheme", "scheme must name a published scheme, e.g. cers-2025-provisional.");

        var inventory = await accounting.GetInventoryAsync(new GetInventoryRequest { ParkId = parkId.ToString(), Year = year, Method = scheme.Method }, cancellationToken: ct);
        if (!inventory.Found)
            return Problems.Conflict("year", "no-inventory", $"The park has no {scheme.Method} inventory for {year} yet: record activity data first.");
        if (inventory.ErrorsJson.Length > 0)
            return Problems.Conflict("year", "inventory-not-computable", $"The park's {year} data cannot be accounted yet; see its inventory for the errors.");

        var indicators = PreviewEndpoint.Field(body, "indicators");
        var management = PreviewEndpoint.Field(body, "management");
        var (result, errors) = EvaluationRunner.Run(scheme, inventory.InventoryJson, indicators, management);
        if (result is null) return Problems.Invalid(errors);

        var evaluation = new StoredEvaluation
        {
            Id = Guid.NewGuid(), ParkId = parkId, OperatorOrganizationId = park.OperatorOrganizationId, Year = year, Scheme = scheme.Id,
            SchemeVersion = scheme.Version, SchemeStatus = result.SchemeStatus.ToString().ToLowerInvariant(), Method = scheme.Method!,
            InventoryVersion = inventory.Version, FactorRelease = inventory.FactorRelease, Grade = result.Grade, Passed = result.Passed,
            ManagementScore = result.ManagementScore is { } m ? (double)m : null, CertificateValidityYears = scheme.CertificateValidityYears,
            ResultJson = EvaluationJson.Serialize(result),
            InputsJson = new JsonObject { ["indicators"] = JsonNode.Parse(indicators?.GetRawText() ?? "null"), ["management"] = JsonNode.Parse(management?.GetRawText() ?? "null") }.ToJsonString(),
            CreatedBy = caller.Subject, CreatedAt = DateTime.UtcNow,
        };
        db.Evaluations.Add(evaluation);
        db.AddEvent(new EvaluationCompleted(evaluation.Id, parkId, year, scheme.Id, evaluation.Grade, evaluation.Passed), park.OperatorOrganizationId);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/parks/{parkId}/evaluations/{evaluation.Id}", new { id = evaluation.Id });
    }

    private static async Task<IResult> Get(Guid parkId, Guid id, HttpContext http, IParkDirectory parks, EvaluationDb db, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct);
        if (park is null || !ParkVisibility.CanRead(http.Caller(), park)) return Problems.NotFound("The park");
        var evaluation = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.ParkId == parkId, ct);
        return evaluation is null ? Problems.NotFound("The evaluation") : Results.Text(evaluation.View().ToJsonString(), "application/json");
    }

    private static async Task<IResult> List(Guid parkId, HttpContext http, IParkDirectory parks, EvaluationDb db, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct);
        if (park is null || !ParkVisibility.CanRead(http.Caller(), park)) return Problems.NotFound("The park");
        var list = await db.Evaluations.AsNoTracking().Where(e => e.ParkId == parkId).OrderByDescending(e => e.CreatedAt).ToListAsync(ct);
        return Results.Text(new JsonArray(list.Select(e => (JsonNode)e.View()).ToArray()).ToJsonString(), "application/json");
    }

    public static JsonObject View(this StoredEvaluation e)
    {
        var view = JsonNode.Parse(e.ResultJson)!.AsObject();
        view["id"] = e.Id;
        view["parkId"] = e.ParkId;
        view["inventoryVersion"] = e.InventoryVersion;
        view["factorRelease"] = e.FactorRelease;
        view["stale"] = e.Stale;
        view["createdAt"] = DateTime.SpecifyKind(e.CreatedAt, DateTimeKind.Utc);
        return view;
    }
}
