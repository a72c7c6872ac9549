using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Ndrc910;

/// <summary>CORE = co2 / energyConsumptionTce, held against the band the park's energy consumption falls in.</summary>
public class CoreIndicatorTests
{
    [Fact]
    public void Value_exactly_on_threshold_meets_it()
    {
        // 60,000 t / 300,000 tce = 0.2 exactly, threshold ≤ 0.2.
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 60_000m, energyTce: 300_000m), Requests.AllGuidingMet910);

        Assert.Equal(Outcome.Met, result.OutcomeOf("CORE"));
        Assert.Equal(0.2m, result.Indicator("CORE").Threshold!.Number);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Value_just_above_threshold_does_not_meet_it_even_when_it_rounds_to_it()
    {
        // 60,000.3 / 300,000 = 0.200001: compared unrounded.
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 60_000.3m, energyTce: 300_000m), Requests.AllGuidingMet910);

        Assert.Equal(Outcome.NotMet, result.OutcomeOf("CORE"));
        Assert.False(result.Passed);
        Assert.Contains("0.200001", result.Indicator("CORE").ExplanationEn);
    }

    [Fact]
    public void Core_below_200000_tce_is_not_applicable_and_not_passed()
    {
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 100m, energyTce: 199_999.99m), Requests.AllGuidingMet910);

        var core = result.Indicator("CORE");
        Assert.Equal(Outcome.NotApplicable, core.Outcome);
        Assert.Null(core.Threshold);
        Assert.False(result.Passed);
        Assert.Contains("not applicable", core.ExplanationEn);
        Assert.Contains("不适用", core.ExplanationZh);
    }

    [Fact]
    public void Core_at_exactly_200000_tce_applies_with_the_0_2_threshold()
    {
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 40_000m, energyTce: 200_000m), Requests.AllGuidingMet910);

        Assert.Equal(Outcome.Met, result.OutcomeOf("CORE"));
        Assert.Equal(0.2m, result.Indicator("CORE").Threshold!.Number);
    }

    [Theory]
    [InlineData("999999.99", "0.2")]
    [InlineData("1000000", "0.3")]
    [InlineData("5000000", "0.3")]
    public void Band_edge_at_1000000_tce_belongs_to_the_upper_band(string energy, string expectedThreshold)
    {
        var figures = HandFigures.Ndrc910Direct(co2: 1m, energyTce: decimal.Parse(energy, System.Globalization.CultureInfo.InvariantCulture));

        var result = Evaluate.With("ndrc-910-2025", figures, Requests.AllGuidingMet910);

        Assert.Equal(decimal.Parse(expectedThreshold, System.Globalization.CultureInfo.InvariantCulture), result.Indicator("CORE").Threshold!.Number);
    }

    [Fact]
    public void Intensity_of_0_25_meets_the_large_park_band_but_not_the_middle_one()
    {
        var large = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 250_000m, energyTce: 1_000_000m), Requests.AllGuidingMet910);
        var middle = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910Direct(co2: 249_999.75m, energyTce: 999_999m), Requests.AllGuidingMet910);

        Assert.Equal(Outcome.Met, large.OutcomeOf("CORE"));
        Assert.Equal(Outcome.NotMet, middle.OutcomeOf("CORE"));
    }

    [Fact]
    public void Missing_intensity_is_not_met_never_passed()
    {
        var figures = new InventoryFigures { Method = "ndrc-910-2025", Year = 2024, EnergyConsumptionTce = 300_000m };

        var result = Evaluate.With("ndrc-910-2025", figures, Requests.AllGuidingMet910);

        Assert.Equal(Outcome.NotMet, result.OutcomeOf("CORE"));
        Assert.False(result.Passed);
        Assert.Contains("missing data never passes", result.Indicator("CORE").ExplanationEn);
    }

    [Fact]
    public void Missing_energy_consumption_is_not_met_because_no_band_can_be_chosen()
    {
        var figures = new InventoryFigures { Method = "ndrc-910-2025", Year = 2024, Co2 = 10m, Intensity = 0.1m };

        var result = Evaluate.With("ndrc-910-2025", figures, Requests.AllGuidingMet910);

        Assert.Equal(Outcome.NotMet, result.OutcomeOf("CORE"));
        Assert.Contains("energy consumption", result.Indicator("CORE").ExplanationEn);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Missed_core_explanation_says_how_much_CO2_must_fall()
    {
        // 128,112.55 − 0.2 × 355,534.34 = 57,005.68 → rounded up to 57,005.7 t.
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910(gas: 4000m, purchasedMwh: 1_000_000m, directGreenMwh: 950_000m));

        var core = result.Indicator("CORE");
        Assert.Contains("CO2 must fall by 57,005.7 t", core.ExplanationEn);
        Assert.Contains("需减少 57,005.7 t", core.ExplanationZh);
    }

    [Fact]
    public void Core_cannot_be_excluded()
    {
        var scheme = CarbonPlatform.Evaluation.Engine.Schemes.SchemeCatalog.BuiltIn.Get("ndrc-910-2025");

        var read = EvaluationInputReader.Read(scheme, Evaluate.Json("""{ "CORE": { "excluded": "too small" } }"""), null);

        Assert.Contains(read.Errors, e => e.Field == "indicators.CORE" && e.Code == "not-declarable");
    }
}
