namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>The creation process of the standard's chapter 7, as the stages a park passes through.</summary>
public enum ParkStage
{
    Registered,
    Building,
    SelfEvaluated,
    Applied,
    UnderReview,
    Certified,
    Rejected,
    Published,
    Surveillance,
}

public static class ParkLifecycle
{
    private static readonly Dictionary<ParkStage, ParkStage[]> Next = new()
    {
        [ParkStage.Registered] = [ParkStage.Building, ParkStage.SelfEvaluated],
        [ParkStage.Building] = [ParkStage.SelfEvaluated],
        [ParkStage.SelfEvaluated] = [ParkStage.SelfEvaluated, ParkStage.Applied, ParkStage.Building],
        [ParkStage.Applied] = [ParkStage.UnderReview, ParkStage.Certified, ParkStage.Rejected],
        [ParkStage.UnderReview] = [ParkStage.Certified, ParkStage.Rejected],
        [ParkStage.Rejected] = [ParkStage.Building, ParkStage.SelfEvaluated],
        [ParkStage.Certified] = [ParkStage.Published, ParkStage.Surveillance],
        [ParkStage.Published] = [ParkStage.Surveillance],
        [ParkStage.Surveillance] = [ParkStage.SelfEvaluated, ParkStage.Applied],
    };

    public static bool CanMove(ParkStage from, ParkStage to) => Next.TryGetValue(from, out var allowed) && allowed.Contains(to);

    public static string Name(ParkStage stage) => stage switch
    {
        ParkStage.SelfEvaluated => "self-evaluated",
        ParkStage.UnderReview => "under-review",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
