using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;
using static CarbonPlatform.Evaluation.Engine.Tests.Support.Definitions;

namespace CarbonPlatform.Evaluation.Engine.Tests.Validation;

/// <summary>Indicators: known codes, the registry's kind and source, thresholds and bands of the right type. Each error names the field.</summary>
public class IndicatorValidationTests
{
    [Fact]
    public void Unknown_indicator_code_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "G5", i => i with { Code = "G6" }) };

        var error = Assert.Single(SchemeDefinitionValidator.Validate(scheme));

        Assert.Equal(("indicators[5].code", "unknown-indicator"), (error.Field, error.Code));
        Assert.Contains("'G6'", error.Message);
    }


    [Fact]
    public void Ratio_indicator_with_a_yes_no_threshold_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "G1", i => i with { Threshold = ScalarValue.Of(true) }) };

        AssertSingleError(scheme, "indicators[1].threshold", "wrong-threshold-type");
    }


    [Fact]
    public void Yes_no_indicator_with_a_numeric_threshold_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "G2", i => i with { Threshold = ScalarValue.Of(1m) }) };

        AssertSingleError(scheme, "indicators[2].threshold", "wrong-threshold-type");
    }


    [Fact]
    public void Share_threshold_above_1_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "G1", i => i with { Threshold = ScalarValue.Of(90m) }) };

        AssertSingleError(scheme, "indicators[1].threshold", "threshold-out-of-range");
    }


    [Fact]
    public void Indicator_of_the_wrong_kind_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "G3", i => i with { Kind = IndicatorKind.YesNo }) };

        AssertSingleError(scheme, "indicators[3].kind", "kind-mismatch");
    }


    [Fact]
    public void Yes_no_indicator_compared_with_at_least_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "G2", i => i with { Comparison = Comparison.AtLeast }) };

        AssertSingleError(scheme, "indicators[2].comparison", "comparison-mismatch");
    }


    [Fact]
    public void Computed_indicator_cannot_be_excludable()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "CORE", i => i with { Excludable = true }) };

        AssertSingleError(scheme, "indicators[0].excludable", "not-excludable");
    }


    [Fact]
    public void Indicator_needing_a_figure_the_method_does_not_define_is_refused()
    {
        var errors = SchemeDefinitionValidator.Validate(NationalScheme with { Method = "cers-2025" });

        Assert.Contains(errors, e => e.Field == "indicators[0].figure" && e.Code == "figure-not-defined-by-method" && e.Message.Contains("intensity"));
        Assert.Contains(errors, e => e.Field == "indicators[0].bands.basis" && e.Code == "figure-not-defined-by-method");
        Assert.Contains(errors, e => e.Field == "indicators[6].figure" && e.Code == "figure-not-defined-by-method");
    }


    [Fact]
    public void Overlapping_bands_are_refused()
    {
        var scheme = NationalScheme with
        {
            Indicators = Replace(NationalScheme.Indicators, "CORE", i => i with
            {
                Bands = i.Bands! with { Ranges = [new ThresholdBand(200_000m, 1_000_000m, 0.2m), new ThresholdBand(900_000m, null, 0.3m)] },
            }),
        };

        AssertSingleError(scheme, "indicators[0].bands.ranges[1].from", "bands-overlap");
    }


    [Fact]
    public void Indicator_with_both_threshold_and_bands_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "CORE", i => i with { Threshold = ScalarValue.Of(0.2m) }) };

        AssertSingleError(scheme, "indicators[0].bands", "threshold-and-bands");
    }


    [Fact]
    public void Pass_fail_scheme_without_a_core_indicator_is_refused()
    {
        var scheme = NationalScheme with { Indicators = Replace(NationalScheme.Indicators, "CORE", i => i with { Role = IndicatorRole.Guiding }) };

        AssertSingleError(scheme, "indicators", "no-core-indicator");
    }

}
