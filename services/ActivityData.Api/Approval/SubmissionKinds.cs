namespace CarbonPlatform.ActivityData.Approval;

/// <summary>What a submission records once approved: a batch of new lines (written, imported or summed from meter readings) or a correction.</summary>
public static class SubmissionKinds
{
    public const string Batch = "batch";
    public const string Correction = "correction";
}
