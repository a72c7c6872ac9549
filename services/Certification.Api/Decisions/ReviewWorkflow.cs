namespace CarbonPlatform.Certification.Decisions;

/// <summary>Which decision the assigned body may take in which status, and where it leads.</summary>
public static class ReviewWorkflow
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string RequestInformation = "request-information";
    /// <summary>The body takes the application up (submitted or resubmitted → under-review); the park's data is then read for review.</summary>
    public const string StartReview = "start-review";

    private static readonly ApplicationStatus[] Open =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Resubmitted];

    public static bool IsKnown(string? decision) => decision is Approve or Reject or RequestInformation or StartReview;

    /// <summary>The status after the decision, or null with the reason when the decision is not allowed now.</summary>
    public static (ApplicationStatus? Next, string? Refusal) Decide(ApplicationStatus current, string decision)
    {
        if (!Open.Contains(current))
            return (null, $"An application that is '{Name(current)}' takes no decision.");
        return decision switch
        {
            StartReview when current == ApplicationStatus.UnderReview => (null, "The application is already 'under-review'."),
            StartReview => (ApplicationStatus.UnderReview, null),
            Approve => (ApplicationStatus.Approved, null),
            Reject => (ApplicationStatus.Rejected, null),
            RequestInformation => (ApplicationStatus.InformationRequested, null),
            _ => (null, $"Unknown decision '{decision}'."),
        };
    }

    public static (ApplicationStatus? Next, string? Refusal) Resubmit(ApplicationStatus current) =>
        current == ApplicationStatus.InformationRequested
            ? (ApplicationStatus.Resubmitted, null)
            : (null, $"Only an application with information requested can be resubmitted; this one is '{Name(current)}'.");

    public static string Name(ApplicationStatus status) => status switch
    {
        ApplicationStatus.UnderReview => "under-review",
        ApplicationStatus.InformationRequested => "information-requested",
        _ => status.ToString().ToLowerInvariant(),
    };
}
