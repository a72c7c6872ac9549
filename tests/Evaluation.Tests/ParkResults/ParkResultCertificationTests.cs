using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Contracts.Evaluation;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.ServiceDefaults.Paging;
using CarbonPlatform.Testing;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Overview;
using Microsoft.EntityFrameworkCore;
using static CarbonPlatform.Evaluation.Tests.ParkResults.OverviewWorld;
using EvaluationConsumers = CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.Evaluation.Tests.ParkResults;

/// <summary>
/// The overview row's certification status (#18): kept by the certification events, the same whatever their order, also
/// for a row that appears after them; listed, filtered and counted in the database.
/// </summary>
public sealed class ParkResultCertificationTests
{
    private static Task<ConsumerWorld<EvaluationDb>> StartAsync() => ConsumerWorld<EvaluationDb>.StartAsync(x =>
    {
        x.AddConsumer<EvaluationCompletedConsumer>();
        x.AddConsumer<EvaluationConsumers.CertificationAppliedConsumer>();
        x.AddConsumer<EvaluationConsumers.CertificationReviewChangedConsumer>();
        x.AddConsumer<EvaluationConsumers.CertifiedYearReopenedConsumer>();
        x.AddConsumer<CertificateStatusChangedConsumer>();
    });

    private static async Task<StoredEvaluation> EvaluatedAsync(ConsumerWorld<EvaluationDb> world, string region = "320571", string grade = "A")
    {
        var e = Evaluated(Guid.NewGuid(), region, 2024, grade, DateTime.UtcNow);
        await world.WithDbAsync(db => { db.Evaluations.Add(e); return db.SaveChangesAsync(); });
        return e;
    }

    private static EvaluationCompleted Completed(StoredEvaluation e) => new(e.Id, e.ParkId, e.Year, e.Scheme, e.Grade, e.Passed);
    private static CertificationApplied Applied(StoredEvaluation e, Guid application) => new(application, e.ParkId, e.Id, Guid.Empty, e.Year);
    private static CertificationReviewChanged Reviewed(StoredEvaluation e, Guid application, string status) =>
        new(application, e.ParkId, e.Id, Guid.Empty, e.Year, status, "");
    private static CertifiedYearReopened Reopened(StoredEvaluation e, Guid application) =>
        new("CN-1", application, e.ParkId, e.Id, e.Year, Guid.Empty, "a correction", "body", DateTimeOffset.UtcNow);

    private static readonly DateTime Issued = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static CertificateStatusChanged Changed(StoredEvaluation e, Guid application, string status, int day) =>
        new("CNCP-2025-000001", e.ParkId, application, status, "surveillance", Issued.AddDays(day));

    private static Task<string> CertificationOfAsync(ConsumerWorld<EvaluationDb> world, StoredEvaluation e) =>
        world.WithDbAsync(db => db.ParkResults.Where(r => r.ParkId == e.ParkId).Select(r => r.Certification).SingleAsync());

    [Fact]
    public async Task The_row_shows_certified_whatever_order_the_application_s_events_arrive_in()
    {
        await using var world = await StartAsync();
        async Task<string> EndOf(bool reversed)
        {
            var e = await EvaluatedAsync(world);
            var application = Guid.NewGuid();
            List<object> events = [Completed(e), Applied(e, application), Reviewed(e, application, "approved")];
            if (reversed) events.Reverse();
            await world.DeliverAsync(events);
            return await CertificationOfAsync(world, e);
        }

        Assert.Equal("certified", await EndOf(reversed: false));
        Assert.Equal("certified", await EndOf(reversed: true));
    }

    [Fact]
    public async Task An_application_pending_rejected_and_a_certified_year_reopened_are_shown_as_they_stand()
    {
        await using var world = await StartAsync();
        var e = await EvaluatedAsync(world);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await world.DeliverAsync([Completed(e)]);
        Assert.Equal("none", await CertificationOfAsync(world, e));

        await world.DeliverAsync([Applied(e, first)]);
        Assert.Equal("pending", await CertificationOfAsync(world, e));
        await world.DeliverAsync([Reviewed(e, first, "rejected"), Reviewed(e, first, "rejected")]);
        Assert.Equal("none", await CertificationOfAsync(world, e));
        await world.DeliverAsync([Applied(e, second), Reviewed(e, second, "approved"), Reopened(e, second)]);
        Assert.Equal("reopened", await CertificationOfAsync(world, e));
    }

    [Fact]
    public async Task The_overview_lists_filters_and_counts_parks_by_certification()
    {
        await using var world = await StartAsync();
        var certified = await EvaluatedAsync(world, "320571", "AA");
        var pending = await EvaluatedAsync(world, "320583", "A");
        var none = await EvaluatedAsync(world, "330106", "B");
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await world.DeliverAsync([Completed(certified), Completed(pending), Completed(none), Applied(certified, a), Reviewed(certified, a, "approved"),
            Applied(pending, b)]);
        var national = Authority(RegionCodes.National);
        var first = new PageRequest<ParkResultKey>(100, null);

        var listed = await world.WithDbAsync(db => ParkResultsEndpoint.ReadPageAsync(db, national, new(2024, null, null, null, null, null, null), first, "grade", true, default));
        var onlyCertified = await world.WithDbAsync(db => ParkResultsEndpoint.ReadPageAsync(db, national,
            new(2024, null, null, null, null, null, null, "certified"), first, "grade", true, default));
        var counted = await world.WithDbAsync(db => DistributionEndpoint.OfAsync(db.ParkResults.VisibleTo(national), RegionCodes.National, default));

        Assert.Equal([EvaluationConsumers.ParkCertification.Certified, EvaluationConsumers.ParkCertification.Pending, EvaluationConsumers.ParkCertification.None],
            listed.Items.Select(r => r.Certification));
        Assert.Equal([certified.ParkId], onlyCertified.Items.Select(r => r.ParkId));
        Assert.Equal(new Dictionary<string, int> { ["certified"] = 1, ["none"] = 1, ["pending"] = 1 }, counted.Total.Certification);
        Assert.Equal(new Dictionary<string, int> { ["certified"] = 1, ["pending"] = 1 }, counted.Children.Single(c => c.RegionCode == "320000").Figures.Certification);
    }

    [Fact]
    public async Task A_suspended_reinstated_or_revoked_certificate_shows_in_the_row_whatever_order_its_changes_arrive_in()
    {
        await using var world = await StartAsync();
        async Task<string> EndOf(bool reversed, params (string Status, int Day)[] changes)
        {
            var e = await EvaluatedAsync(world);
            var application = Guid.NewGuid();
            List<object> events = [Completed(e), Applied(e, application), Reviewed(e, application, "approved"), .. changes.Select(c => Changed(e, application, c.Status, c.Day))];
            if (reversed) events.Reverse();
            await world.DeliverAsync(events);
            return await CertificationOfAsync(world, e);
        }

        foreach (var reversed in new[] { false, true })
        {
            Assert.Equal("suspended", await EndOf(reversed, ("suspended", 10)));
            Assert.Equal("certified", await EndOf(reversed, ("suspended", 10), ("valid", 20)));
            Assert.Equal("suspended", await EndOf(reversed, ("suspended", 10), ("valid", 20), ("suspended", 30)));
            Assert.Equal("revoked", await EndOf(reversed, ("suspended", 10), ("revoked", 20)));
        }
    }

    [Fact]
    public async Task A_revoked_certificate_stays_revoked_and_a_new_application_for_the_year_shows_as_pending()
    {
        await using var world = await StartAsync();
        var e = await EvaluatedAsync(world);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await world.DeliverAsync([Completed(e), Applied(e, first), Reviewed(e, first, "approved"), Changed(e, first, "revoked", 5), Changed(e, first, "valid", 9)]);
        Assert.Equal("revoked", await CertificationOfAsync(world, e));

        await world.DeliverAsync([Applied(e, second)]);
        Assert.Equal("pending", await CertificationOfAsync(world, e));
        var counted = await world.WithDbAsync(db => DistributionEndpoint.OfAsync(db.ParkResults.VisibleTo(Authority(RegionCodes.National)), RegionCodes.National, default));
        Assert.Equal(1, counted.Total.Certification.GetValueOrDefault("pending"));
    }
}
