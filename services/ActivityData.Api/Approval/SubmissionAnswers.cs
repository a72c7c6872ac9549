using CarbonPlatform.ActivityData.Imports;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>How the write endpoints answer a batch kept for approval: 202 with status submitted.</summary>
public static class SubmissionAnswers
{
    public static IResult Batch(Submission s) =>
        Results.Accepted($"/api/v1/parks/{s.ParkId}/activity-records/submissions?status={s.Status}", new RecordedBatch(s.Id, s.Status));

    public static IResult Readings(Submission s) =>
        Results.Accepted($"/api/v1/parks/{s.ParkId}/activity-records?status={s.Status}", new RecordedReadings(s.Id, SubmitReadings.Rows(s), s.LineCount, s.Status));
}
