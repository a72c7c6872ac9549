namespace CarbonPlatform.Evaluation.Reconciliation;

public static class EvaluationReconciliationEndpoints
{
    public static RouteGroupBuilder MapEvaluationReconciliation(this RouteGroupBuilder api)
    {
        api.MapPost("/operations/evaluation-reconciliation", Run).AsPlatformOperation("RunEvaluationReconciliation")
            .WithSummary("Compares the inventory version every stored evaluation used with accounting's latest, now.")
            .WithDescription("Platform administrator; ?parkId= for one park. Evaluations of a park-year whose inventory has a newer version than they "
                + "were told of become stale (the overview too), as the InventoryComputed event would have made them. The same runs on a schedule.")
            .Answers<EvaluationReconciliationRun>();
        return api;
    }

    private static async Task<IResult> Run(Guid? parkId, EvaluationReconciler reconciler, CancellationToken ct) =>
        TypedResults.Ok(new EvaluationReconciliationRun(await reconciler.RunAsync(parkId, ct)));
}

/// <summary>The park-years whose evaluations were found to rest on an older inventory than the latest, now marked stale.</summary>
public sealed record EvaluationReconciliationRun(IReadOnlyList<StaleParkYear> MarkedStale);
