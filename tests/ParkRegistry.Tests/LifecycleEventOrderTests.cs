using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Contracts.Evaluation;

namespace CarbonPlatform.ParkRegistry.Tests;

/// <summary>
/// Competing consumers and retries do not keep the order certification publishes in (#15): the registry's park stage,
/// certifying body and review assignment end the same when an application's events arrive in reverse.
/// </summary>
public sealed class LifecycleEventOrderTests
{
    private sealed record Story(Guid Application, Guid Body, Func<Guid, IReadOnlyList<object>> Events);

    private static Story Application(params string[] ending)
    {
        var (application, evaluation, body) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        return new Story(application, body, park =>
        {
            var events = new List<object>
            {
                new EvaluationCompleted(evaluation, park, 2024, "cers-2025-provisional", "AAA", true),
                new CertificationApplied(application, park, evaluation, body, 2024),
                new CertificationReviewChanged(application, park, evaluation, body, 2024, "under-review", ""),
            };
            foreach (var step in ending)
                events.Add(step switch
                {
                    "approved" or "rejected" or "returned" => new CertificationReviewChanged(application, park, evaluation, body, 2024, step, "decided"),
                    "issued" => new CertificateIssued("CNCP-2024-000001", park, application, "AAA", "cers-2025-provisional", new(2025, 1, 1), new(2027, 12, 31)),
                    "revoked" => new CertificateStatusChanged("CNCP-2024-000001", park, application, "revoked", "data falsified"),
                    "reopened" => new CertifiedYearReopened("CNCP-2024-000001", application, park, evaluation, 2024, body, "a meter misread", "auditor", DateTimeOffset.UtcNow),
                    _ => throw new ArgumentOutOfRangeException(nameof(ending), step, null),
                });
            return events;
        });
    }

    /// <summary>The story told in order to one registry and backwards to another (the assignment is keyed by application).</summary>
    private static async Task<(ParkOutcome InOrder, ParkOutcome Reversed)> DeliverBothWaysAsync(Story story)
    {
        async Task<ParkOutcome> Tell(bool reversed)
        {
            await using var world = await LifecycleWorld.StartAsync();
            var park = await world.ParkAsync();
            var events = story.Events(park);
            await world.DeliverAsync(reversed ? events.Reverse() : events.AsEnumerable());
            return await world.OutcomeAsync(park, story.Application);
        }
        return (await Tell(reversed: false), await Tell(reversed: true));
    }

    [Fact]
    public async Task A_certified_application_heard_backwards_leaves_the_park_certified_by_its_body_and_the_review_closed()
    {
        var story = Application("approved", "issued");
        var (inOrder, reversed) = await DeliverBothWaysAsync(story);
        Assert.Equal(new ParkOutcome("certified", story.Body, false, story.Body), inOrder);
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public async Task A_rejection_heard_before_its_application_leaves_the_park_rejected_and_the_body_without_access()
    {
        var story = Application("rejected");
        var (inOrder, reversed) = await DeliverBothWaysAsync(story);
        Assert.Equal(new ParkOutcome("rejected", null, false, story.Body), inOrder);
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public async Task A_returned_application_heard_backwards_closes_the_review()
    {
        var story = Application("returned");
        var (inOrder, reversed) = await DeliverBothWaysAsync(story);
        Assert.Equal(new ParkOutcome("under-review", null, false, story.Body), inOrder);
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public async Task A_reopened_certified_year_heard_backwards_leaves_the_park_under_surveillance()
    {
        var story = Application("approved", "issued", "reopened");
        var (inOrder, reversed) = await DeliverBothWaysAsync(story);
        Assert.Equal(new ParkOutcome("surveillance", story.Body, false, story.Body), inOrder);
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public async Task A_revoked_certificate_heard_before_its_issue_leaves_the_park_building_without_a_certifying_body()
    {
        var story = Application("approved", "issued", "revoked");
        var (inOrder, reversed) = await DeliverBothWaysAsync(story);
        Assert.Equal(new ParkOutcome("building", null, false, story.Body), inOrder);
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public async Task An_application_still_under_review_keeps_its_body_reading_in_either_order()
    {
        var story = Application();
        var (inOrder, reversed) = await DeliverBothWaysAsync(story);
        Assert.Equal(new ParkOutcome("under-review", null, true, story.Body), inOrder);
        Assert.Equal(inOrder, reversed);
    }
}
