using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Parks;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>A move asked for by a person or system: refused with the reason unless the lifecycle lets this caller make it.</summary>
public static class MoveRequested
{
    public static async Task<IResult> Handle(Guid parkId, LifecycleMoveRequest body, RegistryDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new List<InputError>();
        var to = ParkLifecycle.Parse(body.To);
        if (to is null) errors.Add(new(null, "to", "unknown-stage",
            $"to must be one of {string.Join(", ", Enum.GetValues<ParkStage>().Select(ParkLifecycle.Name))}."));
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 500)
            errors.Add(new(null, "reason", "missing-field", "reason is required (at most 500 characters): it is the lifecycle's record."));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var park = await db.Parks.Include(p => p.History).FirstOrDefaultAsync(p => p.Id == parkId, ct);
        var movers = park is null ? [] : MoversFor(caller, park).ToList();
        if (park is null || (movers.Count == 0 && !await db.Parks.VisibleTo(caller, db).AnyAsync(p => p.Id == parkId, ct)))
            return Problems.NotFound("The park");
        if (movers.Count == 0) return Problems.Forbidden("This caller may read the park but makes no lifecycle move.");

        string? refusal = null;
        foreach (var by in movers)
        {
            refusal = db.Move(park, to!.Value, by, body.Reason!.Trim(), caller.Subject);
            if (refusal is not null) continue;
            await db.SaveChangesAsync(ct);
            return Results.Ok(new ParkStageView(parkId, park.Stage));
        }
        return Problems.Conflict("to", "illegal-transition", refusal!);
    }

    /// <summary>The part this caller plays in the park's lifecycle; the administrator may play either.</summary>
    public static IEnumerable<StageMover> MoversFor(Caller caller, Park park)
    {
        if (caller.IsPlatformAdmin) return [StageMover.Operator, StageMover.CertifyingBody];
        if (caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId && caller.Has(PlatformRoles.OperatorAdmin)) return [StageMover.Operator];
        if (caller.IsCertificationBody && caller.Has(PlatformRoles.CertificationReviewer) && caller.OrganizationId == park.CertifyingBodyId)
            return [StageMover.CertifyingBody];
        return [];
    }
}
