namespace CarbonPlatform.Evaluation.Overview;

/// <summary>How many evaluations a rebuild applied (the newest of each park, year and scheme).</summary>
public sealed record ParkResultsRebuilt(int Applied);

public static class RebuildEndpoint
{
    public static RouteGroupBuilder MapParkResultsRebuild(this RouteGroupBuilder api)
    {
        api.MapPost("/park-results/rebuilds", Handle).WithTags("Evaluations").WithName("RebuildParkResults")
            .WithSummary("Rebuilds the overview's read model from the stored evaluations (platform administrator).")
            .WithDescription("Applies the newest evaluation of every park, year and scheme; rows already right are left alone, so it may run while events "
                + "arrive and on several replicas at once.")
            .Answers<ParkResultsRebuilt>();
        return api;
    }

    private static async Task<IResult> Handle(HttpContext http, EvaluationDb db, CancellationToken ct)
    {
        if (!http.Caller().IsPlatformAdmin) return Problems.Forbidden("Only the platform administrator rebuilds the overview.");
        return Results.Ok(new ParkResultsRebuilt(await ParkResultProjection.RebuildAsync(db, ct)));
    }

    /// <summary>At start-up: a read model that is empty while evaluations exist (a new table, a restored database) is built.</summary>
    public static async Task RebuildParkResultsWhenEmptyAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvaluationDb>();
        if (await db.ParkResults.AnyAsync() || !await db.Evaluations.AnyAsync()) return;
        var applied = await ParkResultProjection.RebuildAsync(db, CancellationToken.None);
        app.Logger.LogInformation("The overview's read model was empty: built from {Applied} evaluations.", applied);
    }
}
