using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Pathways.Engine.Optimisation;
using CarbonPlatform.Pathways.Engine.Projection;

namespace CarbonPlatform.Evaluation.Pathways;

/// <summary>The stateless pathway answers: a projection of the request's measures, or the cheapest measures to its target.</summary>
public static class PathwayEndpoints
{
    public static RouteGroupBuilder MapPathways(this RouteGroupBuilder api)
    {
        api.MapPost("/pathway-previews", Preview).WithTags("Pathways").WithName("PreviewPathway")
            .WithSummary("Stateless pathway: a baseline and measures projected year by year to the target year, graded under a scheme version.")
            .WithDescription("Nothing is stored. Each year's lines are the baseline's with the measures active that year applied; the year is calculated as POST /calculations would and evaluated as POST /evaluation-previews would. Errors name the field, e.g. measures[1].percent.")
            .WithRequest<PathwayPreviewRequest>().Answers<PathwayPreviewResponse>();
        api.MapPost("/pathway-optimisations", Optimise).WithTags("Pathways").WithName("OptimisePathway")
            .WithSummary("The cheapest way to the target: which measures, how much and from when, at the least discounted cost, or why none reaches it.")
            .WithDescription("Nothing is stored. The body is a pathway preview's; each measure other than growth may be taken in units of its quantity up to maxQuantity, from its startYear or later. A mixed-integer model (CP-SAT) over the measures' effects on the target year, each answer verified by projecting it through the engine. Also the marginal abatement cost curve of the measures.")
            .WithRequest<PathwayPreviewRequest>().Answers<PathwayOptimisationResponse>();
        return api;
    }

    private static Task<IResult> Preview(JsonElement body, SchemeRegistry registry, EvaluationDb db, Inventories.InventoriesClient accounting,
        CancellationToken ct) => PathwayRequests.AnswerAsync(body, registry, db, async scenario =>
        {
            var outcome = await Projector.ProjectAsync(scenario, new AccountingCalculator(accounting), ct);
            return (outcome.Projection, outcome.Errors);
        }, PathwayPreviewResponse.From, ct);

    private static Task<IResult> Optimise(JsonElement body, SchemeRegistry registry, EvaluationDb db, Inventories.InventoriesClient accounting,
        CancellationToken ct) => PathwayRequests.AnswerAsync(body, registry, db, async scenario =>
        {
            var outcome = await PathwayOptimiser.OptimiseAsync(scenario, new AccountingCalculator(accounting), ct);
            return (outcome.Optimisation, outcome.Errors);
        }, PathwayOptimisationResponse.From, ct);
}
