namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// Why a batch was not decided: the status and error a batch decision reports, and for a single decision the refusal to
/// answer (<see cref="ToRefusal"/>): the recording's own when the batch could not be recorded.
/// </summary>
public sealed record DecisionRefusal(int Status, string Field, string Code, string Message, Refusal? Recording = null)
{
    public Refusal ToRefusal() => Recording ?? new Refusal(Kind, Title, null, [new InputError(null, Field, Code, Message)]);

    private RefusalKind Kind => Status switch
    {
        StatusCodes.Status404NotFound => RefusalKind.NotFound,
        StatusCodes.Status403Forbidden => RefusalKind.Forbidden,
        StatusCodes.Status400BadRequest => RefusalKind.Invalid,
        _ => RefusalKind.Conflict,
    };

    private string Title => Status switch
    {
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status403Forbidden => "Forbidden.",
        StatusCodes.Status400BadRequest => "The request is invalid.",
        _ => Refusal.ConflictTitle,
    };

    public static DecisionRefusal NotFound(Guid batchId) =>
        new(StatusCodes.Status404NotFound, "batchId", "submission-not-found", $"No batch {batchId} was submitted in this park.");

    public static DecisionRefusal AlreadyDecided(Guid batchId, string status) =>
        new(StatusCodes.Status409Conflict, "batchId", "already-decided", $"The batch {batchId} was already {status}; a decision is made once.");

    public static DecisionRefusal OwnSubmission(Guid batchId, string submitter) =>
        new(StatusCodes.Status403Forbidden, "batchId", "approver-is-submitter",
            $"The batch {batchId} was submitted by {submitter}: the approver is never the submitter.");

    public static DecisionRefusal NotRecordable(Guid batchId, Refusal recording) =>
        new(StatusCodes.Status409Conflict, "batchId", "not-recordable",
            $"The batch {batchId} can no longer be recorded as submitted (a conflicting line or a locked year); it stays submitted.", recording);
}
