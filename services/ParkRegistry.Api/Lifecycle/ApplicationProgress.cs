namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>
/// How far the registry has heard one certification application go, in the order the facts happen. Events of one
/// application may arrive in any order (competing consumers, retries): a fact not beyond what was heard changes nothing,
/// so an older fact never undoes a newer one.
/// </summary>
public enum ApplicationProgress
{
    None = 0,
    Applied = 1,
    UnderReview = 2,
    /// <summary>Approved, rejected or returned: the body's review is over.</summary>
    Decided = 3,
    Certified = 4,
    Reopened = 5,
    Revoked = 6,
}

public static class ApplicationFacts
{
    /// <summary>What a review status says of the application's progress; null for one that says nothing new (information requested, resubmitted).</summary>
    public static ApplicationProgress? OfReviewStatus(string status) => status switch
    {
        "under-review" => ApplicationProgress.UnderReview,
        "approved" or "rejected" or "returned" => ApplicationProgress.Decided,
        _ => null,
    };

    /// <summary>The body reviews (and reads the park's data) until the application is decided.</summary>
    public static bool ReviewOpen(ApplicationProgress progress) => progress is ApplicationProgress.Applied or ApplicationProgress.UnderReview;
}
