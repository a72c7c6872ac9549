using CarbonPlatform.Identity.SignIn.Throttling;

namespace CarbonPlatform.Identity.Tests;

/// <summary>The waits failed sign-ins earn: none at first, then doubling to a ceiling, forgotten after a quiet hour.</summary>
public sealed class SignInDelaysTests
{
    private static readonly SignInDelays Delays = SignInDelays.NameFromAddress;

    [Fact]
    public void Three_failures_are_free_then_each_further_one_doubles_the_wait_up_to_fifteen_minutes()
    {
        var waits = Enumerable.Range(0, 16).Select(f => Delays.DelayAfter(f).TotalSeconds).ToArray();

        Assert.Equal([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900], waits);
        Assert.Equal(TimeSpan.FromMinutes(15), Delays.DelayAfter(int.MaxValue));
    }

    [Fact]
    public void The_wait_runs_from_the_last_failure_and_an_hour_without_one_forgets_them_all()
    {
        var last = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(3), Delays.WaitLeft(6, last, last.AddSeconds(5))); // 8 s after the sixth failure
        Assert.Equal(TimeSpan.Zero, Delays.WaitLeft(6, last, last.AddSeconds(8)));
        Assert.Equal(TimeSpan.Zero, Delays.WaitLeft(14, last, last.AddHours(1)));
        Assert.True(Delays.IsForgotten(last, last.AddHours(1)));
    }

    [Fact]
    public void An_address_gets_twenty_free_failures_across_names() =>
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromSeconds(1)), (SignInDelays.Address.DelayAfter(19), SignInDelays.Address.DelayAfter(20)));
}
