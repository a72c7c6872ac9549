using CarbonPlatform.ServiceDefaults.Auth;

namespace CarbonPlatform.Accounting.Reconciliation;

public static class ReconciliationEndpoints
{
    public static RouteGroupBuilder MapReconciliation(this RouteGroupBuilder api)
    {
        api.MapPost("/operations/reconciliation", Run).WithTags("Operations").RequireAuthorization(PlatformPolicies.PlatformAdmin)
            .WithSummary("Compares the batches activity-data holds with those the inventories folded in, now (platform administrator; "
                + "?parkId= for one park), and recomputes every park-year that differs.");
        return api;
    }

    private static async Task<IResult> Run(Guid? parkId, Reconciler reconciler, CancellationToken ct)
    {
        var differing = await reconciler.RunAsync(parkId, ct);
        return Results.Ok(new { recomputing = differing.Select(d => new { parkId = d.ParkId, year = d.Year }) });
    }
}
