using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Ndrc910;

/// <summary>Guiding indicators G1–G5 and the informational D1: reported, never deciding <c>passed</c>.</summary>
public class GuidingIndicatorTests
{
    private static readonly CarbonPlatform.Evaluation.Engine.Inputs.InventoryFigures CoreMet =
        HandFigures.Ndrc910Direct(co2: 30_000m, energyTce: 300_000m, share: 0.6m);

    [Fact]
    public void Ratio_exactly_on_threshold_meets_it()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, """{ "G1": 0.90, "G2": true, "G3": 0.8, "G4": 0.5, "G5": 0.80 }""");

        Assert.All(["G1", "G2", "G3", "G4", "G5"], code => Assert.Equal(Outcome.Met, result.OutcomeOf(code)));
    }

    [Fact]
    public void Ratio_just_below_threshold_is_not_met()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, """{ "G1": 0.89999 }""");

        Assert.Equal(Outcome.NotMet, result.OutcomeOf("G1"));
        Assert.Contains("0.89999", result.Indicator("G1").ExplanationEn);
    }

    [Fact]
    public void Excluded_guiding_indicator_is_excluded_not_not_met()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, """{ "G4": { "excluded": "no waste heat sources inside the boundary" } }""");

        var g4 = result.Indicator("G4");
        Assert.Equal(Outcome.Excluded, g4.Outcome);
        Assert.Equal("no waste heat sources inside the boundary", g4.ExcludedReason);
        Assert.Null(g4.Value);
        Assert.Contains("no waste heat sources inside the boundary", g4.ExplanationEn);
        Assert.Contains("not counted as not met", g4.ExplanationEn);
    }

    [Fact]
    public void Guiding_indicator_with_neither_value_nor_exclusion_is_not_met()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, "{}");

        Assert.All(["G1", "G2", "G3", "G4", "G5"], code => Assert.Equal(Outcome.NotMet, result.OutcomeOf(code)));
        Assert.Contains("missing data never passes", result.Indicator("G3").ExplanationEn);
        Assert.Contains("缺少数据不能视为达标", result.Indicator("G3").ExplanationZh);
    }

    [Fact]
    public void Yes_no_indicator_answered_no_is_not_met()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, """{ "G2": false }""");

        Assert.Equal(Outcome.NotMet, result.OutcomeOf("G2"));
        Assert.Equal(false, result.Indicator("G2").Value!.Flag);
    }

    [Fact]
    public void Missed_and_missing_guiding_indicators_do_not_change_passed()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, """{ "G1": 0.1, "G2": false }""");

        Assert.True(result.Passed);
    }

    [Fact]
    public void D1_below_half_is_not_met_and_never_changes_passed()
    {
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 30_000m, energyTce: 300_000m, share: 0.49m));

        Assert.Equal(Outcome.NotMet, result.OutcomeOf("D1"));
        Assert.Equal(CarbonPlatform.Evaluation.Engine.Schemes.IndicatorRole.Informational, result.Indicator("D1").Role);
        Assert.True(result.Passed);
        Assert.Contains("never changes passed", result.Indicator("D1").ExplanationEn);
    }

    [Fact]
    public void D1_exactly_one_half_is_met()
    {
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 30_000m, energyTce: 300_000m, share: 0.5m));

        Assert.Equal(Outcome.Met, result.OutcomeOf("D1"));
    }

    [Fact]
    public void D1_without_purchased_electricity_is_not_met_as_missing_data()
    {
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 30_000m, energyTce: 300_000m, share: null));

        Assert.Equal(Outcome.NotMet, result.OutcomeOf("D1"));
        Assert.Contains("undefined without purchased electricity", result.Indicator("D1").ExplanationEn);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Pass_fail_scheme_has_no_grade_no_management_score_and_no_next_grade()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, Requests.AllGuidingMet910);

        Assert.Null(result.Grade);
        Assert.Null(result.ManagementScore);
        Assert.Null(result.Management);
        Assert.Null(result.NextGrade);
        Assert.Null(result.Notice);
        Assert.Equal(["CORE", "G1", "G2", "G3", "G4", "G5", "D1"], result.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Every_explanation_has_a_chinese_and_an_english_sentence()
    {
        var result = Evaluate.With("ndrc-910-2025", CoreMet, """{ "G1": 0.95, "G2": false, "G4": { "excluded": "none" } }""");

        Assert.All(result.Indicators, i =>
        {
            Assert.EndsWith("。", i.ExplanationZh);
            Assert.EndsWith(".", i.ExplanationEn);
            Assert.Equal($"{i.ExplanationZh} / {i.ExplanationEn}", i.Explanation);
        });
    }
}
