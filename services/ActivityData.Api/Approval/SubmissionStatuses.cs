namespace CarbonPlatform.ActivityData.Approval;

public static class SubmissionStatuses
{
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Returned = "returned";

    public static SubmissionStatus Parse(string stored) => ContractEnums.Parse<SubmissionStatus>(stored);
}
