using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Parks;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.Lifecycle;

public sealed record LifecycleMoveRequest(string? To, string? Reason);

/// <summary>A park's stage, the moves the caller may make now and every move made.</summary>
public sealed record ParkLifecycleView(Guid ParkId, ParkStage Stage, IReadOnlyList<ParkStage> AllowedMoves, IReadOnlyList<StageMove> History);

/// <summary>One move of the lifecycle: from, to, why, by whom (the token's subject), when.</summary>
public sealed record StageMove(ParkStage From, ParkStage To, string Reason, string? MovedBy, DateTime At);

/// <summary>Where the park stands after a move.</summary>
public sealed record ParkStageView(Guid ParkId, ParkStage Stage);

public static class LifecycleEndpoints
{
    public static RouteGroupBuilder MapLifecycle(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/lifecycle").WithTags("Park lifecycle");
        group.MapGet("/", Get).WithName("GetParkLifecycle")
            .WithSummary("The park's stage, every move it made (who, when, why) and the moves this caller may make now.")
            .WithDescription("allowedMoves lists only the stages this caller may move the park to from where it stands.").Answers<ParkLifecycleView>();
        group.MapPost("/moves", MoveRequested.Handle).WithName("MovePark")
            .WithSummary("A move the operator (building, published) or the certifying body (surveillance) makes; the platform makes the others.")
            .WithDescription("An illegal transition is 409 with the reason; ParkLifecycleChanged is published.")
            .WithRequest(new LifecycleMoveRequest("building", "碳中和建设方案已批复"))
            .Answers<ParkStageView>().Produces(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var park = await db.Parks.AsNoTracking().Include(p => p.History).VisibleTo(caller, db).FirstOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) return Problems.NotFound("The park");
        return Results.Ok(new ParkLifecycleView(park.Id, park.Stage,
            MoveRequested.MoversFor(caller, park).SelectMany(by => ParkLifecycle.MovesFor(park.Stage, by)).Distinct().ToList(),
            park.History.OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new StageMove(h.From, h.To, h.Reason, h.MovedBy, DateTime.SpecifyKind(h.At, DateTimeKind.Utc))).ToList()));
    }
}
