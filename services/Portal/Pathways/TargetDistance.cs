using CarbonPlatform.Portal.Platform;
using CarbonPlatform.Portal.Region;

namespace CarbonPlatform.Portal.Pathways;

/// <summary>One step of the next-grade advice spread over the years left: what must change, in all and per year.</summary>
public sealed record DistanceStep(NextGradeStep Step, double? PerYear);

/// <summary>
/// How far the park is from its target: the years left from the latest evaluation's year to the target year, whether the
/// evaluation already earns the target, and the next-grade advice (the evaluation's own) per year left. When the target is
/// beyond the next grade, the advice is the first leg only, and <see cref="BeyondNextGrade"/> says so.
/// </summary>
public sealed record TargetDistance(int YearsLeft, bool Reached, string? NextGrade, bool BeyondNextGrade, IReadOnlyList<DistanceStep> Steps)
{
    public static TargetDistance? From(PathwayTargetView target, EvaluationView? evaluation)
    {
        if (evaluation is null) return null;
        var yearsLeft = Math.Max(0, target.Year - evaluation.Year);
        var reached = target.Grade is null ? evaluation.Passed == true
            : RegionRow.GradeRank(evaluation.Grade) >= RegionRow.GradeRank(target.Grade) && evaluation.Grade is not null;
        if (reached || evaluation.NextGrade is not { } next) return new(yearsLeft, reached, null, false, []);
        var steps = (next.Steps ?? []).Select(s => new DistanceStep(s, s.Amount is { } amount && yearsLeft > 0 ? amount / yearsLeft : null)).ToList();
        var beyond = target.Grade is not null && RegionRow.GradeRank(target.Grade) > RegionRow.GradeRank(next.Grade);
        return new(yearsLeft, false, next.Grade, beyond, steps);
    }
}
