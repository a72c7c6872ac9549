using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.OpenApi;
using CarbonPlatform.ServiceDefaults.Paging;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

public static class DeadLetterEndpoints
{
    /// <summary>This service's dead letters, newest failure first, and their replay. Platform administrators only.</summary>
    public static RouteGroupBuilder MapDeadLetters(this RouteGroupBuilder api)
    {
        api.MapGet("/operations/dead-letters", List).AsPlatformOperation("ListDeadLetters")
            .WithSummary("Messages whose consumers failed past the quick retries, newest failure first.")
            .WithDescription("Platform administrator. The gateway gathers every service's list (a page holds up to limit rows of each "
                + "service; services that did not answer are named in unavailable). ?status=waiting|redelivering|dead|handled.")
            .Answers<DeadLetterPage>();
        // The gateway serves it as /operations/dead-letters/{service}/{id}/replay (its merged document says so).
        api.MapPost("/operations/dead-letters/{id:guid}/replay", Replay).AsPlatformOperation("ReplayDeadLetter")
            .WithSummary("Sends a waiting or dead letter back to its queue at the next redelivery pass.")
            .WithDescription("Platform administrator. 409 when it is already handled or being redelivered.")
            .Answers<DeadLetterView>(StatusCodes.Status202Accepted);
        return api;
    }

    private static async Task<IResult> List(string? status, int? limit, string? cursor, DeadLetterDatabase database, ServiceIdentity service,
        CancellationToken ct)
    {
        if (status is not null && !DeadLetterStatus.All.Contains(status))
            return Problems.Invalid("status", "invalid-status", $"status is one of {string.Join(", ", DeadLetterStatus.All)}.");
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var rows = await database.RunAsync(db =>
        {
            var query = db.Set<DeadLetter>().AsNoTracking().Where(d => status == null || d.Status == status);
            if (page.After is { } after) query = query.After(d => d.LastFailedAt, d => d.Id, after.At, after.Id, descending: true);
            return query.OrderByKey(d => d.LastFailedAt, d => d.Id, descending: true).Take(page.Fetch).ToListAsync(ct);
        });
        var found = page.Finish(rows, d => new TimeKey(d.LastFailedAt, d.Id), d => DeadLetterView.Of(d, service.Name));
        return TypedResults.Ok(new DeadLetterPage(found.Items, found.NextCursor, []));
    }

    private static async Task<IResult> Replay(Guid id, DeadLetterDatabase database, ServiceIdentity service, CancellationToken ct)
    {
        var replayed = await database.RunAsync(db => ReplayAsync(db, id, DateTime.UtcNow, ct));
        var letter = await database.RunAsync(db => db.Set<DeadLetter>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct));
        if (letter is null) return Problems.NotFound("The dead letter");
        if (replayed == 0)
            return Problems.Conflict("id", "dead-letter-not-replayable", $"The dead letter is {letter.Status}: only a waiting or dead one is replayed.");
        return TypedResults.Accepted((string?)null, DeadLetterView.Of(letter, service.Name));
    }

    /// <summary>A waiting or dead letter is due now (the next pass of any replica sends it); its attempts stay, so one more failure leaves it dead.</summary>
    public static Task<int> ReplayAsync(DbContext db, Guid id, DateTime now, CancellationToken ct) => db.Set<DeadLetter>()
        .Where(d => d.Id == id && (d.Status == DeadLetterStatus.Dead || d.Status == DeadLetterStatus.Waiting))
        .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeadLetterStatus.Waiting).SetProperty(d => d.NextAttemptAt, now), ct);
}

/// <summary>One page of dead letters; <c>unavailable</c> names the services the gateway could not ask (a service's own list: none).</summary>
public sealed record DeadLetterPage(IReadOnlyList<DeadLetterView> Items, string? NextCursor, IReadOnlyList<string> Unavailable);

/// <summary>A dead letter as an administrator sees it: enough to explain it (the body, the last error) and to replay it.</summary>
public sealed record DeadLetterView(Guid Id, string Service, Guid MessageId, string MessageType, string Endpoint, string Status, int Attempts,
    string Error, DateTime FirstFailedAt, DateTime LastFailedAt, DateTime? NextAttemptAt, DateTime? HandledAt, string Body)
{
    public static DeadLetterView Of(DeadLetter d, string service) => new(d.Id, service, d.MessageId, d.MessageType.Split(',')[0],
        d.Endpoint, d.Status, d.Attempts, d.Error, d.FirstFailedAt, d.LastFailedAt, d.NextAttemptAt, d.HandledAt, d.Body);
}
