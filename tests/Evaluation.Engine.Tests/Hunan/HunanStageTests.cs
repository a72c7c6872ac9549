using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Hunan;

/// <summary>Hunan's staged variant: the same indicators, tighter thresholds per stage, CORE from 20,000 tce.</summary>
public class HunanStageTests
{
    [Fact]
    public void Core_applies_from_exactly_20000_tce()
    {
        var at = Evaluate.With("hunan-2027", HandFigures.Ndrc910Direct(co2: 20_000m, energyTce: 20_000m));
        var below = Evaluate.With("hunan-2027", HandFigures.Ndrc910Direct(co2: 1m, energyTce: 19_999.9m));

        Assert.Equal(Outcome.Met, at.OutcomeOf("CORE"));
        Assert.True(at.Passed);
        Assert.Equal(Outcome.NotApplicable, below.OutcomeOf("CORE"));
        Assert.False(below.Passed);
    }

    [Theory]
    [InlineData("hunan-2027", "0.95", Outcome.Met)]
    [InlineData("hunan-2030", "0.95", Outcome.NotMet)]
    [InlineData("hunan-2030", "0.7", Outcome.Met)]
    [InlineData("hunan-2035", "0.3", Outcome.Met)]
    [InlineData("hunan-2035", "0.31", Outcome.NotMet)]
    public void One_park_is_held_against_each_stage_in_turn(string scheme, string intensity, Outcome expected)
    {
        var co2 = 100_000m * decimal.Parse(intensity, System.Globalization.CultureInfo.InvariantCulture);

        var result = Evaluate.With(scheme, HandFigures.Ndrc910Direct(co2, energyTce: 100_000m));

        Assert.Equal(expected, result.OutcomeOf("CORE"));
    }

    [Theory]
    [InlineData("hunan-2027", "1.1")]
    [InlineData("hunan-2030", "0.8")]
    [InlineData("hunan-2035", "0.5")]
    public void Large_parks_from_1000000_tce_have_the_looser_stage_threshold(string scheme, string threshold)
    {
        var t = decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture);

        var result = Evaluate.With(scheme, HandFigures.Ndrc910Direct(co2: t * 1_000_000m, energyTce: 1_000_000m));

        Assert.Equal(Outcome.Met, result.OutcomeOf("CORE"));
        Assert.Equal(t, result.Indicator("CORE").Threshold!.Number);
    }

    [Fact]
    public void Secondary_source_result_carries_a_notice_in_both_languages()
    {
        var result = Evaluate.With("hunan-2035", HandFigures.Ndrc910Direct(co2: 1m, energyTce: 30_000m));

        Assert.Equal(SchemeStatus.SecondarySource, result.SchemeStatus);
        Assert.Contains("secondary source", result.NoticeEn);
        Assert.Contains("NOT been checked against the official publication", result.NoticeEn);
        Assert.Contains("二手资料", result.NoticeZh);
        Assert.Equal($"{result.NoticeZh} / {result.NoticeEn}", result.Notice);
    }

    [Fact]
    public void Official_scheme_carries_no_notice()
    {
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 1m, energyTce: 300_000m));

        Assert.Equal(SchemeStatus.Official, result.SchemeStatus);
        Assert.Null(result.Notice);
    }
}
