using System.Text.Json;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Pathways.Engine.Optimisation;
using CarbonPlatform.ServiceDefaults.OpenApi;
using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.Evaluation.Pathways;

public static class PathwayOptimisationEndpoint
{
    public static RouteGroupBuilder MapPathwayOptimisations(this RouteGroupBuilder api)
    {
        api.MapPost("/pathway-optimisations", Handle).WithTags("Pathways").WithName("OptimisePathway")
            .WithSummary("The cheapest way to the target: which measures, how much and from when, at the least discounted cost, or why none reaches it.")
            .WithDescription("Nothing is stored. The body is a pathway preview's; each measure other than growth may be taken in units of its quantity up to maxQuantity, from its startYear or later. A mixed-integer model (CP-SAT) over the measures' effects on the target year, each answer verified by projecting it through the engine. Also the marginal abatement cost curve of the measures.")
            .WithRequest<PathwayPreviewRequest>().Answers<PathwayOptimisationResponse>();
        return api;
    }

    private static async Task<IResult> Handle(JsonElement body, SchemeRegistry registry, EvaluationDb db, Inventories.InventoriesClient accounting, CancellationToken ct)
    {
        var (scenario, refusal) = await PathwayRequests.ReadAsync(body, registry, db, ct);
        if (scenario is null) return refusal!;
        var outcome = await PathwayOptimiser.OptimiseAsync(scenario, new AccountingCalculator(accounting), ct);
        return outcome.Optimisation is null
            ? Problems.Invalid(outcome.Errors.Select(SchemeEndpoints.ToProblem), "The pathway cannot be projected.")
            : Results.Json(PathwayOptimisationResponse.From(outcome.Optimisation), EvaluationJson.Options);
    }
}

/// <summary>
/// reachable with the measures chosen (units, quantity, start year, discounted cost), the discounted total and the
/// projection of that choice year by year; or reachable false with the reasons. The abatement curve either way.
/// </summary>
public sealed record PathwayOptimisationResponse(string Scheme, int SchemeVersion, string Target, int TargetYear, bool Reachable,
    IReadOnlyList<string> Reasons, IReadOnlyList<ChosenMeasure> Measures, double? DiscountedTotalCost, bool ProvenOptimal,
    PathwayPreviewResponse? Projection, IReadOnlyList<AbatementCost> AbatementCurve, int SolverRuns, int RejectedByEngine)
{
    public static PathwayOptimisationResponse From(PathwayOptimisation o) => new(o.Scheme, o.SchemeVersion, o.Target, o.TargetYear, o.Reachable,
        o.Reasons, o.Measures, o.DiscountedTotalCost, o.ProvenOptimal, o.Projection is null ? null : PathwayPreviewResponse.From(o.Projection),
        o.AbatementCurve, o.SolverRuns, o.RejectedByEngine);
}
