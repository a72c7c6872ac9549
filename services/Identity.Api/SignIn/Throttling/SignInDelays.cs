namespace CarbonPlatform.Identity.SignIn.Throttling;

/// <summary>
/// How long a key (a user name from one address, or an address) waits after its failed sign-ins: nothing for the
/// first few, then a delay that doubles with each further failure up to a ceiling. Never a lockout of the person:
/// the wait is for the key, and the person signing in from elsewhere has a key of their own.
/// </summary>
public sealed record SignInDelays(int FreeFailures, TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan ForgetAfter)
{
    /// <summary>One user name tried from one address: a person mistyping gets three tries before any wait.</summary>
    public static readonly SignInDelays NameFromAddress = new(3, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1));

    /// <summary>One address trying many names (password spraying): more free tries, since offices share addresses.</summary>
    public static readonly SignInDelays Address = new(20, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1));

    public TimeSpan DelayAfter(int failures)
    {
        if (failures < FreeFailures) return TimeSpan.Zero;
        var doublings = Math.Min(failures - FreeFailures, 30);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }

    /// <summary>The wait left for a key with <paramref name="failures"/>, the last at <paramref name="lastFailure"/>.</summary>
    public TimeSpan WaitLeft(int failures, DateTimeOffset lastFailure, DateTimeOffset now)
    {
        if (IsForgotten(lastFailure, now)) return TimeSpan.Zero;
        var left = lastFailure + DelayAfter(failures) - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>After a quiet spell the failures no longer count: the next one starts again from one.</summary>
    public bool IsForgotten(DateTimeOffset lastFailure, DateTimeOffset now) => now - lastFailure >= ForgetAfter;
}
