namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>Every legal move of the creation process and who makes it. Pure: the registry asks it before any move.</summary>
public static class ParkLifecycle
{
    private static readonly (ParkStage From, ParkStage To, StageMover By)[] Moves =
    [
        (ParkStage.Registered, ParkStage.Building, StageMover.Operator),
        (ParkStage.Registered, ParkStage.SelfEvaluated, StageMover.Platform),
        (ParkStage.Building, ParkStage.SelfEvaluated, StageMover.Platform),
        (ParkStage.SelfEvaluated, ParkStage.SelfEvaluated, StageMover.Platform),
        (ParkStage.SelfEvaluated, ParkStage.Building, StageMover.Operator),
        (ParkStage.SelfEvaluated, ParkStage.Applied, StageMover.Platform),
        (ParkStage.Applied, ParkStage.UnderReview, StageMover.Platform),
        (ParkStage.Applied, ParkStage.Certified, StageMover.Platform),
        (ParkStage.Applied, ParkStage.Rejected, StageMover.Platform),
        (ParkStage.UnderReview, ParkStage.Certified, StageMover.Platform),
        (ParkStage.UnderReview, ParkStage.Rejected, StageMover.Platform),
        (ParkStage.Rejected, ParkStage.Building, StageMover.Operator),
        (ParkStage.Rejected, ParkStage.SelfEvaluated, StageMover.Platform),
        (ParkStage.Certified, ParkStage.Published, StageMover.Operator),
        (ParkStage.Certified, ParkStage.Surveillance, StageMover.CertifyingBody),
        (ParkStage.Published, ParkStage.Surveillance, StageMover.CertifyingBody),
        (ParkStage.Surveillance, ParkStage.Published, StageMover.CertifyingBody),
        (ParkStage.Surveillance, ParkStage.SelfEvaluated, StageMover.Platform),
        (ParkStage.Surveillance, ParkStage.Applied, StageMover.Platform),
        // A revoked certificate sends the park back to building, whatever stage its results had reached.
        (ParkStage.Certified, ParkStage.Building, StageMover.Platform),
        (ParkStage.Published, ParkStage.Building, StageMover.Platform),
        (ParkStage.Surveillance, ParkStage.Building, StageMover.Platform),
    ];

    /// <summary>Null when <paramref name="by"/> may move a park from <paramref name="from"/> to <paramref name="to"/>; otherwise why not.</summary>
    public static string? Refusal(ParkStage from, ParkStage to, StageMover by)
    {
        var legal = Moves.Where(m => m.From == from && m.To == to).Select(m => m.By).ToList();
        if (legal.Count == 0) return $"A park in stage '{Name(from)}' cannot move to '{Name(to)}'.";
        if (legal.Contains(by)) return null;
        return $"'{Name(from)}' → '{Name(to)}' is made by {Describe(legal[0])}, not by {Describe(by)}.";
    }

    /// <summary>Stages an application's facts pass the park through; a fact heard early walks the park through them.</summary>
    private static readonly ParkStage[] ApplicationStages = [ParkStage.SelfEvaluated, ParkStage.Applied, ParkStage.UnderReview, ParkStage.Certified];

    /// <summary>
    /// The platform's moves from <paramref name="from"/> to <paramref name="to"/> through an application's stages only
    /// (shortest first): a certificate heard of before its application still ends the park certified, as it would in order.
    /// Empty when the park is there already or no such path exists.
    /// </summary>
    public static IReadOnlyList<ParkStage> PlatformPath(ParkStage from, ParkStage to)
    {
        var cameFrom = new Dictionary<ParkStage, ParkStage>();
        var queue = new Queue<ParkStage>([from]);
        while (queue.Count > 0)
        {
            var stage = queue.Dequeue();
            foreach (var next in MovesFor(stage, StageMover.Platform).Where(n => n != from && !cameFrom.ContainsKey(n)))
            {
                cameFrom[next] = stage;
                if (next == to)
                {
                    var path = new List<ParkStage> { to };
                    for (var s = stage; s != from; s = cameFrom[s]) path.Insert(0, s);
                    return path;
                }
                if (ApplicationStages.Contains(next)) queue.Enqueue(next);
            }
        }
        return [];
    }

    public static bool CanMove(ParkStage from, ParkStage to) => Moves.Any(m => m.From == from && m.To == to);

    /// <summary>The stages <paramref name="by"/> may move a park in <paramref name="from"/> to.</summary>
    public static IEnumerable<ParkStage> MovesFor(ParkStage from, StageMover by) =>
        Moves.Where(m => m.From == from && m.By == by).Select(m => m.To);

    public static string Name(ParkStage stage) => stage switch
    {
        ParkStage.SelfEvaluated => "self-evaluated",
        ParkStage.UnderReview => "under-review",
        _ => stage.ToString().ToLowerInvariant(),
    };

    public static ParkStage? Parse(string? name) =>
        Enum.GetValues<ParkStage>().Cast<ParkStage?>().FirstOrDefault(s => Name(s!.Value) == name);

    private static string Describe(StageMover mover) => mover switch
    {
        StageMover.Operator => "the park operator's administrator",
        StageMover.CertifyingBody => "the certification body that issued the park's certificate",
        _ => "the platform when the evaluation, application, decision or certificate behind it is recorded",
    };
}
