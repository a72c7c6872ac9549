using CarbonPlatform.ParkRegistry.Lifecycle;
using CarbonPlatform.ParkRegistry.Tests.Support;

namespace CarbonPlatform.ParkRegistry.Tests;

/// <summary>The stages a park passes through on its way to certification (the standard's chapter 7).</summary>
public sealed class ParkLifecycleTests
{
    [Theory]
    [InlineData(ParkStage.Registered, ParkStage.Building)]
    [InlineData(ParkStage.Registered, ParkStage.SelfEvaluated)]
    [InlineData(ParkStage.Building, ParkStage.SelfEvaluated)]
    [InlineData(ParkStage.SelfEvaluated, ParkStage.SelfEvaluated)] // evaluate again
    [InlineData(ParkStage.SelfEvaluated, ParkStage.Applied)]
    [InlineData(ParkStage.SelfEvaluated, ParkStage.Building)]
    [InlineData(ParkStage.Applied, ParkStage.UnderReview)]
    [InlineData(ParkStage.Applied, ParkStage.Certified)]
    [InlineData(ParkStage.Applied, ParkStage.Rejected)]
    [InlineData(ParkStage.UnderReview, ParkStage.Certified)]
    [InlineData(ParkStage.UnderReview, ParkStage.Rejected)]
    [InlineData(ParkStage.Rejected, ParkStage.Building)]
    [InlineData(ParkStage.Rejected, ParkStage.SelfEvaluated)]
    [InlineData(ParkStage.Certified, ParkStage.Published)]
    [InlineData(ParkStage.Certified, ParkStage.Surveillance)]
    [InlineData(ParkStage.Published, ParkStage.Surveillance)]
    [InlineData(ParkStage.Surveillance, ParkStage.SelfEvaluated)]
    [InlineData(ParkStage.Surveillance, ParkStage.Applied)]
    public void A_park_may_move(ParkStage from, ParkStage to) => Assert.True(ParkLifecycle.CanMove(from, to));

    [Theory]
    [InlineData(ParkStage.Registered, ParkStage.Applied)]      // apply without a self-evaluation
    [InlineData(ParkStage.Registered, ParkStage.Certified)]
    [InlineData(ParkStage.Registered, ParkStage.Registered)]
    [InlineData(ParkStage.Building, ParkStage.Applied)]
    [InlineData(ParkStage.Building, ParkStage.Registered)]
    [InlineData(ParkStage.SelfEvaluated, ParkStage.Certified)] // certify oneself
    [InlineData(ParkStage.Applied, ParkStage.Published)]
    [InlineData(ParkStage.Applied, ParkStage.Applied)]
    [InlineData(ParkStage.UnderReview, ParkStage.Applied)]
    [InlineData(ParkStage.Rejected, ParkStage.Certified)]      // a rejection is not overturned
    [InlineData(ParkStage.Rejected, ParkStage.Applied)]        // re-apply only after a new self-evaluation
    [InlineData(ParkStage.Certified, ParkStage.Rejected)]
    [InlineData(ParkStage.Published, ParkStage.Certified)]
    [InlineData(ParkStage.Surveillance, ParkStage.Certified)]
    [InlineData(ParkStage.Surveillance, ParkStage.Registered)]
    public void A_park_may_not_move(ParkStage from, ParkStage to) => Assert.False(ParkLifecycle.CanMove(from, to));

    [Fact]
    public void No_stage_leads_back_to_registration() =>
        Assert.DoesNotContain(Enum.GetValues<ParkStage>(), from => ParkLifecycle.CanMove(from, ParkStage.Registered));

    [Fact]
    public void Every_stage_has_a_way_on() =>
        Assert.All(Enum.GetValues<ParkStage>(), from =>
            Assert.Contains(Enum.GetValues<ParkStage>(), to => to != from && ParkLifecycle.CanMove(from, to)));

    [Theory]
    [InlineData(ParkStage.Registered, ParkStage.Building, StageMover.Operator)]
    [InlineData(ParkStage.Rejected, ParkStage.Building, StageMover.Operator)]
    [InlineData(ParkStage.Certified, ParkStage.Published, StageMover.Operator)]
    [InlineData(ParkStage.Certified, ParkStage.Surveillance, StageMover.CertifyingBody)]
    [InlineData(ParkStage.Surveillance, ParkStage.Published, StageMover.CertifyingBody)]
    [InlineData(ParkStage.SelfEvaluated, ParkStage.Applied, StageMover.Platform)]
    [InlineData(ParkStage.UnderReview, ParkStage.Certified, StageMover.Platform)]
    public void A_move_is_made_by_its_mover(ParkStage from, ParkStage to, StageMover by) => Assert.Null(ParkLifecycle.Refusal(from, to, by));

    [Theory]
    [InlineData(ParkStage.SelfEvaluated, ParkStage.Applied, StageMover.Operator, "the platform")]        // apply by submitting an application
    [InlineData(ParkStage.UnderReview, ParkStage.Certified, StageMover.Operator, "the platform")]        // certify oneself
    [InlineData(ParkStage.UnderReview, ParkStage.Certified, StageMover.CertifyingBody, "the platform")]  // only by issuing a certificate
    [InlineData(ParkStage.Certified, ParkStage.Surveillance, StageMover.Operator, "certification body")]
    [InlineData(ParkStage.Certified, ParkStage.Published, StageMover.CertifyingBody, "operator")]
    public void A_move_by_someone_else_is_refused_naming_who_makes_it(ParkStage from, ParkStage to, StageMover by, string who) =>
        Assert.Contains(who, ParkLifecycle.Refusal(from, to, by));

    [Fact]
    public void An_illegal_move_is_refused_naming_both_stages() =>
        Assert.Equal("A park in stage 'under-review' cannot move to 'published'.",
            ParkLifecycle.Refusal(ParkStage.UnderReview, ParkStage.Published, StageMover.Operator));

    [Fact]
    public void An_operator_of_a_certified_park_may_only_publish() =>
        Assert.Equal([ParkStage.Published], ParkLifecycle.MovesFor(ParkStage.Certified, StageMover.Operator));

    [Theory]
    [InlineData(ParkStage.SelfEvaluated, "self-evaluated")]
    [InlineData(ParkStage.UnderReview, "under-review")]
    [InlineData(ParkStage.Surveillance, "surveillance")]
    public void A_stage_is_named_in_kebab_case(ParkStage stage, string name) => Assert.Equal(name, ParkLifecycle.Name(stage));
}
