using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.CertificationHolds;

/// <summary>
/// Records what a certification event says about its application's hold, then tells the service whether the park-year's
/// holders changed. Each service derives its locks from the facts, never from the last event it happened to see.
/// </summary>
public abstract class HoldFactConsumer<TMessage, TDb>(TDb db) : InboxConsumer<TMessage, TDb>(db)
    where TMessage : class
    where TDb : DbContext
{
    protected abstract HoldFact? FactOf(TMessage message, DateTime now);

    protected override async Task HandleAsync(ConsumeContext<TMessage> context)
    {
        var ct = context.CancellationToken;
        if (FactOf(context.Message, DateTime.UtcNow) is not { } fact) return;
        var before = await HoldStore.YearHoldersAsync(Db, fact.ParkId, fact.Year, ct);
        if (!await HoldStore.RecordAsync(Db, fact, ct)) return;
        var after = await HoldStore.YearHoldersAsync(Db, fact.ParkId, fact.Year, ct);
        await RecordedAsync(fact, before, after, ct);
    }

    /// <summary>After the fact is stored (same transaction): e.g. announce the period's new status.</summary>
    protected virtual Task RecordedAsync(HoldFact fact, IReadOnlyList<Guid> holdersBefore, IReadOnlyList<Guid> holdersAfter, CancellationToken ct) =>
        Task.CompletedTask;
}

/// <summary>The facts each certification event states.</summary>
public static class HoldFactsOf
{
    public static HoldFact Applied(CertificationApplied m, DateTime now) => new()
    {
        ApplicationId = m.ApplicationId, Fact = HoldFacts.Applied, ParkId = m.ParkId, Year = m.Year, EvaluationId = m.EvaluationId, RecordedAt = now,
    };

    public static HoldFact? Reviewed(CertificationReviewChanged m, DateTime now) => HoldFacts.FromReviewStatus(m.Status) is { } fact
        ? new() { ApplicationId = m.ApplicationId, Fact = fact, ParkId = m.ParkId, Year = m.Year, EvaluationId = m.EvaluationId, Reason = Cut(m.Comment), RecordedAt = now }
        : null;

    public static HoldFact Reopened(CertifiedYearReopened m, DateTime now) => new()
    {
        ApplicationId = m.ApplicationId, Fact = HoldFacts.Reopened, ParkId = m.ParkId, Year = m.Year, EvaluationId = m.EvaluationId,
        Reason = Cut($"certificate {m.Number} reopened by {m.ReopenedBy}: {m.Reason}"), RecordedAt = now,
    };

    private static string Cut(string s) => s.Length <= 1000 ? s : s[..1000];
}
