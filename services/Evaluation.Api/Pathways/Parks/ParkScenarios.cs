using CarbonPlatform.Domain.Requests;
using System.Text.Json.Nodes;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Pathways.Engine.Projection;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Evaluation.Pathways.Parks;

/// <summary>
/// A stored scenario made whole: the park's target, its current activity lines of the baseline year and the stored
/// measures and values, read as POST /pathway-previews reads a body, and projected with accounting's engine.
/// </summary>
public sealed class ParkScenarios(EvaluationDb db, SchemeRegistry registry, ParkBaseline baselines, Inventories.InventoriesClient accounting)
{
    public async Task<(Scenario? Scenario, PathwayTargetRecord? Target, Refusal? Refusal)> ReadAsync(ParkScope park, JsonObject stored, CancellationToken ct)
    {
        var target = await db.PathwayTargets.AsNoTracking().FirstOrDefaultAsync(t => t.ParkId == park.ParkId, ct);
        if (target is null) return (null, null, Refusal.Conflict("target", "no-target", "The park has no pathway target: PUT /parks/{parkId}/pathway-target first."));
        var scheme = await registry.FindAsync(target.Scheme, target.SchemeVersion, db, ct);
        if (scheme is null) return (null, target, Refusal.Conflict("target", "unknown-scheme", $"The target's scheme {target.Scheme} v{target.SchemeVersion} is gone."));
        var baseline = await baselines.ReadAsync(park, target.BaselineYear, scheme.Method!, ct);
        if (baseline["lines"] is JsonArray { Count: 0 })
            return (null, target, Refusal.Conflict("target.baselineYear", "no-activity-data", $"The park has no activity data of {target.BaselineYear}, the target's baseline year."));
        var body = (JsonObject)stored.DeepClone();
        body["scheme"] = scheme.Id;
        body["target"] = new JsonObject { ["grade"] = target.Grade, ["year"] = target.Year };
        body["baseline"] = baseline;
        using var document = JsonDocument.Parse(body.ToJsonString());
        var read = ScenarioReader.Read(document.RootElement, scheme);
        return read.Scenario is null
            ? (null, target, Refusal.Invalid(read.Errors, "The scenario is invalid; nothing was stored."))
            : (read.Scenario, target, null);
    }

    public async Task<(ParkScenarioView? View, Refusal? Refusal)> ProjectAsync(ParkScope park, PathwayScenarioRecord record, CancellationToken ct)
    {
        var stored = JsonNode.Parse(record.ScenarioJson)!.AsObject();
        var (scenario, target, refusal) = await ReadAsync(park, stored, ct);
        if (scenario is null) return (null, refusal);
        var outcome = await Projector.ProjectAsync(scenario, new AccountingCalculator(accounting), ct);
        if (outcome.Projection is null) return (null, Refusal.Invalid(outcome.Errors, "The scenario cannot be projected."));
        using var document = JsonDocument.Parse(record.ScenarioJson);
        return (new ParkScenarioView(record.Id, record.Name, ParkTargetEndpoints.View(target!), document.RootElement.Clone(),
            PathwayPreviewResponse.From(outcome.Projection)), null);
    }
}
