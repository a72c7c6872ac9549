using CarbonPlatform.BuildingBlocks.CertificationHolds;

namespace CarbonPlatform.BuildingBlocks.Tests.CertificationHolds;

/// <summary>What holds a park-year and an evaluation, from facts that arrive in any order.</summary>
public sealed class CertificationHoldTests
{
    private static readonly Guid Park = Guid.NewGuid();
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static HoldFact Fact(Guid application, string fact) =>
        new() { ApplicationId = application, Fact = fact, ParkId = Park, Year = 2024, EvaluationId = Guid.NewGuid() };

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items) => items.Count <= 1 ? [items]
        : items.SelectMany((item, i) => Permutations([.. items.Where((_, j) => j != i)]).Select(rest => (IReadOnlyList<T>)[item, .. rest]));

    [Fact]
    public void A_certified_application_holds_its_year_in_every_order_of_its_own_and_another_applications_facts()
    {
        HoldFact[] facts = [Fact(A, HoldFacts.Applied), Fact(A, HoldFacts.Certified), Fact(A, HoldFacts.Released), Fact(B, HoldFacts.Applied), Fact(B, HoldFacts.Released)];
        foreach (var order in Permutations(facts))
            for (var seen = 1; seen <= order.Count; seen++)
            {
                var arrived = order.Take(seen).ToList();
                var expectA = arrived.Any(f => f.ApplicationId == A && f.Fact is HoldFacts.Certified)
                    || (arrived.Any(f => f.ApplicationId == A && f.Fact == HoldFacts.Applied) && !arrived.Any(f => f.ApplicationId == A && f.Fact == HoldFacts.Released));
                Assert.Equal(expectA, CertificationHold.YearHolders(arrived).Contains(A));
                Assert.DoesNotContain(B, seen == order.Count ? CertificationHold.YearHolders(arrived) : []);
            }
        Assert.Equal([A], CertificationHold.YearHolders(facts));
    }

    [Fact]
    public void A_rejection_arriving_before_its_submission_leaves_the_year_open()
    {
        Assert.Empty(CertificationHold.YearHolders([Fact(A, HoldFacts.Released), Fact(A, HoldFacts.Applied)]));
    }

    [Fact]
    public void Only_the_reopening_releases_a_certified_year_and_the_evaluation_stays_the_certificates_record()
    {
        string[] reopened = [HoldFacts.Applied, HoldFacts.Certified, HoldFacts.Reopened];
        Assert.False(CertificationHold.HoldsYear(reopened));
        Assert.True(CertificationHold.HoldsEvaluation(reopened));
        Assert.False(CertificationHold.HoldsYear([HoldFacts.Reopened, HoldFacts.Certified]));
    }

    [Theory]
    [InlineData("approved", HoldFacts.Certified)]
    [InlineData("rejected", HoldFacts.Released)]
    [InlineData("returned", HoldFacts.Released)]
    [InlineData("under-review", null)]
    [InlineData("information-requested", null)]
    public void A_review_status_states_a_hold_fact_only_when_it_ends_the_application(string status, string? fact) =>
        Assert.Equal(fact, HoldFacts.FromReviewStatus(status));
}
