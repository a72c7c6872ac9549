namespace CarbonPlatform.ActivityData.Periods;

/// <summary>open → submitted → locked, never back. Pure: what a request may do to a period in a given state.</summary>
public static class PeriodTransitions
{
    public enum Outcome { Apply, AlreadyThere, Refuse }

    public static (Outcome Outcome, string? Code, string? Message) Decide(string current, string target) => (current, target) switch
    {
        (PeriodStatuses.Open, PeriodStatuses.Submitted) or (PeriodStatuses.Submitted, PeriodStatuses.Locked) => (Outcome.Apply, null, null),
        var (c, t) when c == t => (Outcome.AlreadyThere, null, null),
        (PeriodStatuses.Locked, _) => (Outcome.Refuse, "period-locked", "The period is locked; its state no longer changes."),
        (PeriodStatuses.Open, PeriodStatuses.Locked) => (Outcome.Refuse, "period-not-submitted", "A period is submitted before it is locked."),
        _ => (Outcome.Refuse, "invalid-transition", $"A {current} period cannot become {target}."),
    };
}
