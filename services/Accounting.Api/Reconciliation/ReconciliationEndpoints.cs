namespace CarbonPlatform.Accounting.Reconciliation;

public static class ReconciliationEndpoints
{
    public static RouteGroupBuilder MapReconciliation(this RouteGroupBuilder api)
    {
        api.MapPost("/operations/reconciliation", Run).AsPlatformOperation("RunReconciliation")
            .WithSummary("Compares the batches activity-data holds with those the inventories folded in, now.")
            .WithDescription("Platform administrator; ?parkId= for one park. Every park-year that differs gets a recompute demand "
                + "(its inventory is pending until the missing batches are folded in). The same runs on a schedule.")
            .Answers<ReconciliationRun>();
        return api;
    }

    private static async Task<IResult> Run(Guid? parkId, Reconciler reconciler, CancellationToken ct)
    {
        var differing = await reconciler.RunAsync(parkId, ct);
        return TypedResults.Ok(new ReconciliationRun([.. differing.Select(d => new ParkYear(d.ParkId, d.Year))]));
    }
}

/// <summary>The park-years found to differ, now being recomputed.</summary>
public sealed record ReconciliationRun(IReadOnlyList<ParkYear> Recomputing);

public sealed record ParkYear(Guid ParkId, int Year);
