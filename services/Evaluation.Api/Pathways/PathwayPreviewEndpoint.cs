using System.Text.Json;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Pathways.Engine.Projection;
using CarbonPlatform.Pathways.Engine.Scenarios;
using CarbonPlatform.ServiceDefaults.OpenApi;
using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.Evaluation.Pathways;

public static class PathwayPreviewEndpoint
{
    public static RouteGroupBuilder MapPathwayPreviews(this RouteGroupBuilder api)
    {
        api.MapPost("/pathway-previews", Handle).WithTags("Pathways").WithName("PreviewPathway")
            .WithSummary("Stateless pathway: a baseline and measures projected year by year to the target year, graded under a scheme version.")
            .WithDescription("Nothing is stored. Each year's lines are the baseline's with the measures active that year applied; the year is calculated as POST /calculations would and evaluated as POST /evaluation-previews would. Errors name the field, e.g. measures[1].percent.")
            .WithRequest<PathwayPreviewRequest>().Answers<PathwayPreviewResponse>();
        return api;
    }

    private static async Task<IResult> Handle(JsonElement body, SchemeRegistry registry, EvaluationDb db, Inventories.InventoriesClient accounting, CancellationToken ct)
    {
        var (scenario, refusal) = await PathwayRequests.ReadAsync(body, registry, db, ct);
        if (scenario is null) return refusal!;
        var outcome = await Projector.ProjectAsync(scenario, new AccountingCalculator(accounting), ct);
        return outcome.Projection is null
            ? Problems.Invalid(outcome.Errors.Select(SchemeEndpoints.ToProblem), "The pathway cannot be projected.")
            : Results.Json(PathwayPreviewResponse.From(outcome.Projection), EvaluationJson.Options);
    }
}

/// <summary>The scheme a pathway request names, and the scenario read against it; or the problem to answer.</summary>
public static class PathwayRequests
{
    public static async Task<(Scenario? Scenario, IResult? Refusal)> ReadAsync(JsonElement body, SchemeRegistry registry, EvaluationDb db, CancellationToken ct)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, Problems.Invalid("body", "invalid-type", "The body must be a JSON object."));
        if (!body.TryGetProperty("scheme", out var schemeId) || schemeId.ValueKind != JsonValueKind.String)
            return (null, Problems.Invalid("scheme", "missing-field", "scheme is required, e.g. cers-2025-provisional or ndrc-910-2025."));
        int? version = body.TryGetProperty("schemeVersion", out var v) && v.TryGetInt32(out var n) ? n : null;
        var scheme = await registry.FindAsync(schemeId.GetString()!, version, db, ct);
        if (scheme is null)
            return (null, Problems.Invalid("scheme", "unknown-scheme", $"There is no scheme '{schemeId.GetString()}'{(version is null ? "" : $" version {version}")}."));
        var read = ScenarioReader.Read(body, scheme);
        return read.Scenario is null
            ? (null, Problems.Invalid(read.Errors.Select(SchemeEndpoints.ToProblem), "The pathway request is invalid; nothing was projected."))
            : (read.Scenario, null);
    }
}
