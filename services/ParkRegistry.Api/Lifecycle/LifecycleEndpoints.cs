using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Parks;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.Lifecycle;

public sealed record LifecycleMoveRequest(string? To, string? Reason);

public static class LifecycleEndpoints
{
    public static RouteGroupBuilder MapLifecycle(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/lifecycle").WithTags("Park lifecycle");
        group.MapGet("/", Get).WithSummary("The park's stage, every move it made (who, when, why) and the moves this caller may make now.");
        group.MapPost("/moves", MoveRequested.Handle)
            .WithSummary("A move the operator (building, published) or the certifying body (surveillance) makes; the platform makes the others.");
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var park = await db.Parks.AsNoTracking().Include(p => p.History).VisibleTo(caller, db).FirstOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) return Problems.NotFound("The park");
        return Results.Ok(new
        {
            parkId = park.Id,
            stage = ParkLifecycle.Name(park.Stage),
            allowedMoves = MoveRequested.MoversFor(caller, park).SelectMany(by => ParkLifecycle.MovesFor(park.Stage, by)).Distinct().Select(ParkLifecycle.Name),
            history = park.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new
            {
                from = ParkLifecycle.Name(h.From), to = ParkLifecycle.Name(h.To), reason = h.Reason, movedBy = h.MovedBy,
                at = DateTime.SpecifyKind(h.At, DateTimeKind.Utc),
            }),
        });
    }
}
