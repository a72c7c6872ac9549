namespace CarbonPlatform.Evaluation.Engine.Results;

/// <summary>The outcome of one indicator. Excluded is not not-met; missing data is not-met.</summary>
public enum Outcome
{
    Met,
    NotMet,
    Excluded,
    NotApplicable,
}
