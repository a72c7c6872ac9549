using CarbonPlatform.ActivityData.Periods;
using static CarbonPlatform.ActivityData.Periods.PeriodTransitions;

namespace CarbonPlatform.ActivityData.Tests.Periods;

public sealed class PeriodTransitionsTests
{
    [Theory]
    [InlineData("open", "submitted", Outcome.Apply, null)]
    [InlineData("submitted", "locked", Outcome.Apply, null)]
    [InlineData("submitted", "submitted", Outcome.AlreadyThere, null)]
    [InlineData("locked", "locked", Outcome.AlreadyThere, null)]
    [InlineData("open", "locked", Outcome.Refuse, "period-not-submitted")]
    [InlineData("locked", "submitted", Outcome.Refuse, "period-locked")]
    public void A_period_only_moves_forward(string from, string to, Outcome outcome, string? code)
    {
        var decision = Decide(from, to);

        Assert.Equal((outcome, code), (decision.Outcome, decision.Code));
    }
}
