using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Cers;

/// <summary>The first grade, highest first, whose every condition holds; comparisons inclusive.</summary>
public class GradeTests
{
    [Theory]
    [InlineData("1.00", "0", true, 90, "AAA")]
    [InlineData("1.00", "0", true, 89.99, "AA")]
    [InlineData("1.00", "0", false, 100, "A")]
    [InlineData("1.00", "0", true, 80, "AA")]
    [InlineData("0.99", "0", true, 100, "A")]
    [InlineData("0.80", "0", true, 70, "A")]
    [InlineData("0.80", "0", true, 69.99, "B")]
    [InlineData("0.79", "0", true, 100, "B")]
    [InlineData("0.50", "0", false, 60, "B")]
    [InlineData("0.50", "0", false, 59.99, "C")]
    [InlineData("0.20", "0", false, 50, "C")]
    [InlineData("0.20", "0", false, 49.99, null)]
    [InlineData("0.19", "0", true, 100, null)]
    public void Grade_is_the_first_whose_every_condition_holds(string ratio12, string scope3, bool scope3Reported, double management, string? grade)
    {
        var figures = HandFigures.CersByRatio(decimal.Parse(ratio12, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(scope3, System.Globalization.CultureInfo.InvariantCulture), scope3Reported);

        var result = Evaluate.With("cers-2025-provisional", figures, management: Requests.ManagementScoring((decimal)management));

        Assert.Equal((decimal)management, result.ManagementScore);
        Assert.Equal(grade, result.Grade);
        Assert.Null(result.Passed);
    }

    [Fact]
    public void AAA_needs_scope_3_neutralised_too()
    {
        // ratio12 = 1.2 but with 500 t of scope 3: ratio123 = 1,200 / 1,500 = 0.8 < 1.
        var partly = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(1.2m, scope3: 500m), management: Requests.ManagementScoring(100));
        var fully = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(1.5m, scope3: 500m), management: Requests.ManagementScoring(100));

        Assert.Equal("AA", partly.Grade);
        Assert.Equal("AAA", fully.Grade);
        Assert.Equal(Outcome.Met, fully.OutcomeOf("R123"));
    }

    [Fact]
    public void Scope_3_not_reported_caps_the_grade_at_A()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(2m, scope3Reported: false), management: Requests.ManagementScoring(100));

        Assert.Equal("A", result.Grade);
        Assert.Equal(Outcome.NotMet, result.OutcomeOf("S3"));
    }

    [Fact]
    public void Missing_ratio_reaches_no_grade()
    {
        var figures = new CarbonPlatform.Evaluation.Engine.Inputs.InventoryFigures { Method = "cers-2025", Year = 2024, Scope3Reported = true };

        var result = Evaluate.With("cers-2025-provisional", figures, management: Requests.ManagementScoring(100));

        Assert.Null(result.Grade);
        Assert.Equal(Outcome.NotMet, result.OutcomeOf("R12"));
        Assert.Contains("missing data never passes", result.Indicator("R12").ExplanationEn);
    }

    [Fact]
    public void Graded_indicator_is_shown_against_the_highest_grade_condition_it_meets()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(0.6m), management: Requests.ManagementScoring(75));

        var r12 = result.Indicator("R12");
        Assert.Equal(Outcome.Met, r12.Outcome);
        Assert.Equal("B", r12.ThresholdGrade);
        Assert.Equal(0.50m, r12.Threshold!.Number);
        var m = result.Indicator("M");
        Assert.Equal("A", m.ThresholdGrade);
        Assert.Equal(70m, m.Threshold!.Number);
    }

    [Fact]
    public void Graded_indicator_below_every_grade_is_not_met_against_the_lowest_grade()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(0.1m), management: Requests.ManagementScoring(75));

        var r12 = result.Indicator("R12");
        Assert.Equal(Outcome.NotMet, r12.Outcome);
        Assert.Equal("C", r12.ThresholdGrade);
        Assert.Equal(0.20m, r12.Threshold!.Number);
    }

    [Fact]
    public void Provisional_result_says_so_in_words_a_reader_cannot_miss()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(1m));

        Assert.Equal(SchemeStatus.Provisional, result.SchemeStatus);
        Assert.StartsWith("【注意：暂定阈值】", result.Notice);
        Assert.Contains("placeholders set by this platform, NOT the published numbers of the standard", result.NoticeEn);
        Assert.Contains("不是标准正式发布的数值", result.NoticeZh);
    }
}
