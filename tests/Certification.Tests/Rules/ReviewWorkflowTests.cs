using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Decisions;

namespace CarbonPlatform.Certification.Tests.Rules;

/// <summary>Which decision the assigned certification body may take on an application, and where it leads.</summary>
public sealed class ReviewWorkflowTests
{
    public static TheoryData<ApplicationStatus> OpenStatuses => [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Resubmitted];

    public static TheoryData<ApplicationStatus> ClosedStatuses => [ApplicationStatus.InformationRequested, ApplicationStatus.Approved, ApplicationStatus.Rejected];

    [Theory]
    [MemberData(nameof(OpenStatuses))]
    public void An_open_application_can_be_approved_rejected_or_asked_for_information(ApplicationStatus status)
    {
        Assert.Equal((ApplicationStatus.Approved, null), ReviewWorkflow.Decide(status, ReviewWorkflow.Approve));
        Assert.Equal((ApplicationStatus.Rejected, null), ReviewWorkflow.Decide(status, ReviewWorkflow.Reject));
        Assert.Equal((ApplicationStatus.InformationRequested, null), ReviewWorkflow.Decide(status, ReviewWorkflow.RequestInformation));
    }

    [Theory]
    [MemberData(nameof(ClosedStatuses))]
    public void An_application_waiting_for_information_or_decided_takes_no_decision(ApplicationStatus status)
    {
        foreach (var decision in new[] { ReviewWorkflow.Approve, ReviewWorkflow.Reject, ReviewWorkflow.RequestInformation, ReviewWorkflow.StartReview })
        {
            var (next, refusal) = ReviewWorkflow.Decide(status, decision);
            Assert.Null(next);
            Assert.Contains($"'{ReviewWorkflow.Name(status)}'", refusal);
        }
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Resubmitted)]
    public void A_submitted_or_resubmitted_application_is_taken_up_for_review(ApplicationStatus status) =>
        Assert.Equal((ApplicationStatus.UnderReview, null), ReviewWorkflow.Decide(status, ReviewWorkflow.StartReview));

    [Fact]
    public void An_application_under_review_is_not_taken_up_twice() =>
        Assert.Equal((null, "The application is already 'under-review'."), ReviewWorkflow.Decide(ApplicationStatus.UnderReview, ReviewWorkflow.StartReview));

    [Fact]
    public void An_unknown_decision_is_refused()
    {
        var (next, refusal) = ReviewWorkflow.Decide(ApplicationStatus.Submitted, "approve-with-conditions");
        Assert.Null(next);
        Assert.Equal("Unknown decision 'approve-with-conditions'.", refusal);
        Assert.False(ReviewWorkflow.IsKnown("approve-with-conditions"));
        Assert.False(ReviewWorkflow.IsKnown(null));
        Assert.True(ReviewWorkflow.IsKnown("request-information"));
    }

    [Fact]
    public void An_application_asked_for_information_can_be_resubmitted() =>
        Assert.Equal((ApplicationStatus.Resubmitted, null), ReviewWorkflow.Resubmit(ApplicationStatus.InformationRequested));

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.Resubmitted)]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Rejected)]
    public void Only_an_application_asked_for_information_can_be_resubmitted(ApplicationStatus status)
    {
        var (next, refusal) = ReviewWorkflow.Resubmit(status);
        Assert.Null(next);
        Assert.Contains($"'{ReviewWorkflow.Name(status)}'", refusal);
    }
}
