using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// The long backoff after the quick retries: <c>Messaging:Redelivery</c>, a list of waits (default 1m, 5m, 30m, 2h, 6h).
/// The n-th failure waits the n-th step; a failure after the last step leaves the message dead.
/// <c>Messaging:RedeliveryPoll</c> (default 10 s) is how often due rows are looked for.
/// </summary>
public sealed class RedeliverySchedule
{
    public static readonly TimeSpan[] Default =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    /// <summary>A redelivered message that never reports back (its outcome could not be stored) is sent again after this.</summary>
    public static readonly TimeSpan InFlight = TimeSpan.FromMinutes(30);

    public required IReadOnlyList<TimeSpan> Steps { get; init; }
    /// <summary>The in-memory retries before a message counts as failed (<c>Messaging:QuickRetries</c>, default 6).</summary>
    public int QuickRetries { get; init; } = 6;
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>When the message that has now failed <paramref name="attempts"/> times goes again; null: it is dead.</summary>
    public DateTime? NextAttempt(int attempts, DateTime now) => attempts <= Steps.Count ? now + Steps[attempts - 1] : null;

    public static RedeliverySchedule From(IConfiguration configuration)
    {
        var steps = configuration.GetSection("Messaging:Redelivery").GetChildren()
            .Select(c => TimeSpan.Parse(c.Value ?? throw new InvalidOperationException($"{c.Path} is empty.")))
            .ToArray();
        return new RedeliverySchedule
        {
            Steps = steps.Length > 0 ? steps : Default,
            Poll = configuration.GetValue("Messaging:RedeliveryPoll", TimeSpan.FromSeconds(10)),
            QuickRetries = configuration.GetValue("Messaging:QuickRetries", 6),
        };
    }
}
