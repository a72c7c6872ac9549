using System.ComponentModel;

namespace CarbonPlatform.Certification.Decisions;

/// <summary>
/// What the contract says decision takes and what a review trail records. The service keeps them as strings (a wrong
/// decision is 400 unknown-decision naming the field); these enums declare the values to a generated client.
/// </summary>
[Description("A certification body's decision: start-review, approve, reject or request-information.")]
public enum DecisionKind { StartReview, Approve, Reject, RequestInformation }

/// <summary>An entry of an application's review trail: the body's decisions and what else moved the application.</summary>
[Description("An entry of the review trail: a body's decision (start-review, approve, reject, request-information), the operator's resubmit, "
    + "or the platform's returned (new activity data after submission) and inventory-recomputed (new factors, the application stays pinned).")]
public enum ReviewStep { StartReview, Approve, Reject, RequestInformation, Resubmit, Returned, InventoryRecomputed }
