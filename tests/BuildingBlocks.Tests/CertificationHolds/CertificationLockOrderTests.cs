extern alias activity;
extern alias evaluation;
using activity::CarbonPlatform.ActivityData.Data;
using activity::CarbonPlatform.ActivityData.Periods;
using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.BuildingBlocks.CertificationHolds;
using CarbonPlatform.Testing;
using evaluation::CarbonPlatform.Evaluation.Data;
using Microsoft.EntityFrameworkCore;
using ActivityConsumers = activity::CarbonPlatform.ActivityData.Periods;
using EvaluationConsumers = evaluation::CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.BuildingBlocks.Tests.CertificationHolds;

/// <summary>
/// The period lock (activity-data) and the evaluation lock (evaluation) follow certification's events (#15). Delivered in
/// reverse, the same events leave the same locks: a year held or open, by the same application, the evaluation held or free.
/// </summary>
public sealed class CertificationLockOrderTests
{
    private static readonly Guid Body = Guid.NewGuid();

    /// <summary>The events of one park-year: application A (and B, of the same evaluation, after A ended) with the given endings.</summary>
    private static List<object> Story(Guid park, Guid evaluation, Guid a, Guid b, string story) => story switch
    {
        "approved" => [Applied(a, park, evaluation), Reviewed(a, park, evaluation, "under-review"), Reviewed(a, park, evaluation, "approved")],
        "rejected" => [Applied(a, park, evaluation), Reviewed(a, park, evaluation, "rejected")],
        "returned-then-applied-again" => [Applied(a, park, evaluation), Reviewed(a, park, evaluation, "returned"), Applied(b, park, evaluation)],
        "reopened" => [Applied(a, park, evaluation), Reviewed(a, park, evaluation, "approved"),
            new CertifiedYearReopened("CNCP-2024-000001", a, park, evaluation, 2024, Body, "a meter misread", "auditor", DateTimeOffset.UtcNow)],
        _ => throw new ArgumentOutOfRangeException(nameof(story)),
    };

    private static CertificationApplied Applied(Guid application, Guid park, Guid evaluation) => new(application, park, evaluation, Body, 2024);

    private static CertificationReviewChanged Reviewed(Guid application, Guid park, Guid evaluation, string status) =>
        new(application, park, evaluation, Body, 2024, status, status);

    public static TheoryData<string, string, string?, bool> Stories() => new()
    {
        // story, the year's status (locked by hand first), its holder, whether the evaluation stays held
        { "approved", PeriodStatuses.Locked, "a", true },
        { "rejected", PeriodStatuses.Locked, null, false },
        { "returned-then-applied-again", PeriodStatuses.Locked, "b", true },
        { "reopened", PeriodStatuses.Submitted, null, true }, // the evaluation stays the certificate's record: held by a
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task The_period_lock_ends_the_same_when_the_events_arrive_in_reverse(string story, string status, string? holder, bool _)
    {
        await using var world = await ConsumerWorld<ActivityDb>.StartAsync(x =>
        {
            x.AddConsumer<ActivityConsumers.CertificationAppliedConsumer>();
            x.AddConsumer<ActivityConsumers.CertificationReviewChangedConsumer>();
            x.AddConsumer<ActivityConsumers.CertifiedYearReopenedConsumer>();
        });
        // Each telling has applications of its own: a hold fact is keyed by application.
        async Task<(string Status, string[] Holders)> EndOf(bool reversed)
        {
            var (park, a, b) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            await world.WithDbAsync(db =>
            {
                // The operator locked the year by hand before applying.
                db.Periods.Add(new PeriodState { ParkId = park, Year = 2024, Status = PeriodStatuses.Locked, LockedBy = "operator", LockedAt = DateTime.UtcNow });
                return db.SaveChangesAsync();
            });
            var events = Story(park, Guid.NewGuid(), a, b, story);
            if (reversed) events.Reverse();
            await world.DeliverAsync(events);
            return await world.WithDbAsync(async db => (await PeriodGuard.StatusAsync(db, park, 2024, default),
                (await HoldStore.YearHoldersAsync(db, park, 2024, default)).Select(h => h == a ? "a" : "b").ToArray()));
        }

        var (inOrder, reversed) = (await EndOf(reversed: false), await EndOf(reversed: true));
        Assert.Equal(status, inOrder.Status);
        Assert.Equal(holder is null ? [] : [holder], inOrder.Holders);
        Assert.Equal(inOrder.Status, reversed.Status);
        Assert.Equal(inOrder.Holders, reversed.Holders);
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task The_evaluation_lock_ends_the_same_when_the_events_arrive_in_reverse(string story, string _, string? holder, bool held)
    {
        await using var world = await ConsumerWorld<EvaluationDb>.StartAsync(x =>
        {
            x.AddConsumer<EvaluationConsumers.CertificationAppliedConsumer>();
            x.AddConsumer<EvaluationConsumers.CertificationReviewChangedConsumer>();
            x.AddConsumer<EvaluationConsumers.CertifiedYearReopenedConsumer>();
        });
        async Task<string?> HolderOf(bool reversed)
        {
            var (evaluation, a, b) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            var events = Story(Guid.NewGuid(), evaluation, a, b, story);
            if (reversed) events.Reverse();
            await world.DeliverAsync(events);
            var holding = await world.WithDbAsync(db => HoldStore.EvaluationHolderAsync(db, evaluation, default));
            return holding is null ? null : holding == a ? "a" : "b";
        }

        var (inOrder, reversed) = (await HolderOf(reversed: false), await HolderOf(reversed: true));
        Assert.Equal(held ? holder ?? "a" : null, inOrder);
        Assert.Equal(inOrder, reversed);
    }
}
