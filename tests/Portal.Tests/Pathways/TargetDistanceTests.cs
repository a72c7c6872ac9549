using CarbonPlatform.Portal.Pathways;
using Xunit;

namespace CarbonPlatform.Portal.Tests.Pathways;

public sealed class TargetDistanceTests
{
    private static PathwayTargetView Target(string? grade, int year) => new(Guid.NewGuid(), "cers-2025-provisional", 1, grade, year, 2024, "someone", DateTime.UtcNow);

    [Fact]
    public void The_next_grade_advice_is_spread_over_the_years_left_to_the_target_year()
    {
        // The evaluation of 2024 needs 1,200 tCO2e more neutralisation for grade C; the target is C in 2028: four years left.
        var distance = TargetDistance.From(Target("C", 2028), Samples.EvaluationNeeding(0.3, 0.3, 1200))!;

        Assert.Equal(4, distance.YearsLeft);
        Assert.False(distance.Reached);
        Assert.Equal("C", distance.NextGrade);
        Assert.False(distance.BeyondNextGrade);
        Assert.Equal(300, distance.Steps.Single().PerYear!.Value, 9);
    }

    [Fact]
    public void A_target_above_the_next_grade_says_the_advice_is_only_its_first_leg()
    {
        var distance = TargetDistance.From(Target("AA", 2030), Samples.EvaluationNeeding(0.3, 0.3, 600))!;

        Assert.True(distance.BeyondNextGrade);
        Assert.Equal(100, distance.Steps.Single().PerYear!.Value, 9);
    }

    [Fact]
    public void A_grade_at_or_above_the_target_is_reached_and_no_evaluation_gives_no_distance()
    {
        var evaluation = Samples.EvaluationNeeding(0.3, 0.3, 600) with { Grade = "AA" };

        Assert.True(TargetDistance.From(Target("A", 2030), evaluation)!.Reached);
        Assert.False(TargetDistance.From(Target("AAA", 2030), evaluation)!.Reached);
        Assert.Null(TargetDistance.From(Target("A", 2030), null));
    }

    [Fact]
    public void In_the_target_year_the_whole_gap_is_left_with_no_years_to_spread_it_over()
    {
        var distance = TargetDistance.From(Target("C", 2024), Samples.EvaluationNeeding(0.3, 0.3, 1200))!;

        Assert.Equal(0, distance.YearsLeft);
        Assert.Null(distance.Steps.Single().PerYear);
    }
}
