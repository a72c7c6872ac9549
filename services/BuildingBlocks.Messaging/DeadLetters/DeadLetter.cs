namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// A message whose consumer still failed after the quick retries, kept in the service's own database: redelivered on
/// the long schedule (<c>Messaging:Redelivery</c>), then <c>dead</c> until an administrator replays it. Never deleted.
/// </summary>
public sealed class DeadLetter
{
    public Guid Id { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    /// <summary>The platform's headers (organization, correlation) as a JSON object, sent again with the message.</summary>
    public required string Headers { get; set; }
    /// <summary>The queue whose consumers failed: a redelivery is sent there, not published to every subscriber.</summary>
    public required string Endpoint { get; set; }
    public required string Error { get; set; }
    /// <summary>How many deliveries failed past the quick retries.</summary>
    public int Attempts { get; set; }
    public required string Status { get; set; }
    public DateTime FirstFailedAt { get; set; }
    public DateTime LastFailedAt { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public DateTime? HandledAt { get; set; }
    /// <summary>The redelivery pass that claimed the row; with <see cref="LeasedUntil"/> no other replica takes it meanwhile.</summary>
    public Guid? LeaseOwner { get; set; }
    public DateTime? LeasedUntil { get; set; }
}

public static class DeadLetterStatus
{
    /// <summary>Failed; redelivered at <see cref="DeadLetter.NextAttemptAt"/>.</summary>
    public const string Waiting = "waiting";
    /// <summary>Sent back to its queue; the consumer's outcome decides what follows.</summary>
    public const string Redelivering = "redelivering";
    /// <summary>Failed after the last step of the schedule: stays until an administrator replays it.</summary>
    public const string Dead = "dead";
    /// <summary>A redelivery or a replay succeeded.</summary>
    public const string Handled = "handled";

    public static readonly string[] All = [Waiting, Redelivering, Dead, Handled];
}

public static class DeadLetterHeaders
{
    /// <summary>Marks a redelivered message with its row, so the outcome updates that row rather than adding one.</summary>
    public const string Id = "carbon-dead-letter-id";
}
