using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.ActivityData.Recording;

/// <summary>The one place a recording refusal becomes an HTTP answer: problem details with the platform's errors array.</summary>
public static class RecordingProblems
{
    public static IResult ToResult(Refusal refusal) => Problems.WithErrors(StatusOf(refusal.Kind), refusal.Title, refusal.Errors);

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status409Conflict,
    };
}
