using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>Why a batch was not decided; <see cref="Problem"/> is the answer to send for a single decision.</summary>
public sealed record DecisionRefusal(int Status, string Field, string Code, string Message, IResult? Recording = null)
{
    public IResult Problem => Recording ?? Problems.WithErrors(Status, Title, [new InputError(null, Field, Code, Message)]);

    private string Title => Status switch
    {
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status403Forbidden => "Forbidden.",
        StatusCodes.Status400BadRequest => "The request is invalid.",
        _ => "The request conflicts with the current state.",
    };

    public static DecisionRefusal NotFound(Guid batchId) =>
        new(StatusCodes.Status404NotFound, "batchId", "submission-not-found", $"No batch {batchId} was submitted in this park.");

    public static DecisionRefusal AlreadyDecided(Guid batchId, string status) =>
        new(StatusCodes.Status409Conflict, "batchId", "already-decided", $"The batch {batchId} was already {status}; a decision is made once.");

    public static DecisionRefusal OwnSubmission(Guid batchId, string submitter) =>
        new(StatusCodes.Status403Forbidden, "batchId", "approver-is-submitter",
            $"The batch {batchId} was submitted by {submitter}: the approver is never the submitter.");

    public static DecisionRefusal NotRecordable(Guid batchId, IResult problem) =>
        new(StatusCodes.Status409Conflict, "batchId", "not-recordable",
            $"The batch {batchId} can no longer be recorded as submitted (a conflicting line or a locked year); it stays submitted.", problem);
}
