namespace CarbonPlatform.Client.Resilience;

/// <summary>How <see cref="RetryAfterHandler"/> retries answers that say "not now" (429, 503).</summary>
public sealed record RetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. 3 by default.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The wait when the answer names none (doubled at each retry). One second by default.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait this client accepts: an answer whose <c>Retry-After</c> asks for longer is handed back to the
    /// caller as it is rather than holding the request. One minute by default.
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The clock the waits run on (tests pass their own).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
