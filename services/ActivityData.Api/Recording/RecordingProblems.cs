namespace CarbonPlatform.ActivityData.Recording;

/// <summary>The recording endpoints' answer for a refusal: the platform's one mapping (<see cref="Problems.ToProblem"/>).</summary>
public static class RecordingProblems
{
    public static IResult ToResult(Refusal refusal) => refusal.ToProblem();

    public static int StatusOf(RefusalKind kind) => Problems.StatusOf(kind);
}
