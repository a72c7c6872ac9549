namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>An integration event stored in the same transaction as the state change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    /// <summary>
    /// Events of one aggregate (a park: <c>park:{id}</c>) leave in the order they were stored; events of different
    /// aggregates may be relayed side by side by several replicas. Empty: the shared group of events naming no park.
    /// </summary>
    public string OrderingKey { get; set; } = "";
    public string? OrganizationId { get; set; }
    public string? CorrelationId { get; set; }
    public string? TraceParent { get; set; }
    public DateTime CreatedAt { get; set; }

    // The relay's state: when the message may be tried next, how often it was, and whether it left.
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>The relay pass that claimed the row; with <see cref="LeasedUntil"/> no other relay takes it meanwhile.</summary>
    public Guid? LeaseOwner { get; set; }
    public DateTime? LeasedUntil { get; set; }
}

/// <summary>A message a consumer has handled: a redelivery of the same message id is skipped.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTime ProcessedAt { get; set; }
}
