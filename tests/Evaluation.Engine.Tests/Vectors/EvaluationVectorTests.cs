using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Vectors;

/// <summary>
/// The expected outcomes of shared/vectors/evaluation/e01–e08, with the inventory computed by hand
/// (see <see cref="HandFigures"/>) instead of by the accounting engine.
/// </summary>
public class EvaluationVectorTests
{
    private static readonly string[] Codes910 = ["CORE", "G1", "G2", "G3", "G4", "G5", "D1"];

    [Fact]
    public void E01_core_met_in_the_200000_to_1000000_band_passes()
    {
        // co2 = 2,162.19 + 50,000 × 0.8325 = 43,787.19 t; energy = 1,328.36 + 302,400 = 303,728.36 tce;
        // intensity = 0.1442 ≤ 0.2; D1 = 950,000 / 1,000,000 = 0.95.
        var figures = HandFigures.Ndrc910(gas: 100m, purchasedMwh: 1_000_000m, directGreenMwh: 950_000m);
        var result = Evaluate.With("ndrc-910-2025", figures, Requests.AllGuidingMet910);

        AssertVector(result, "ndrc-910-2025", SchemeStatus.Official, grade: null, passed: true);
        Assert.All(Codes910, code => Assert.Equal(Outcome.Met, result.OutcomeOf(code)));
    }

    [Fact]
    public void E02_core_missed_fails_whatever_the_guiding_indicators_say()
    {
        // co2 = 4,000 × 21.6219 + 41,625 = 128,112.55 t; energy = 53,133.98 + 302,400 = 355,534.34 tce; intensity = 0.3603 > 0.2.
        var figures = HandFigures.Ndrc910(gas: 4000m, purchasedMwh: 1_000_000m, directGreenMwh: 950_000m);
        var result = Evaluate.With("ndrc-910-2025", figures, Requests.AllGuidingMet910);

        AssertVector(result, "ndrc-910-2025", SchemeStatus.Official, grade: null, passed: false);
        Assert.Equal(Outcome.NotMet, result.OutcomeOf("CORE"));
        Assert.All(Codes910.Skip(1), code => Assert.Equal(Outcome.Met, result.OutcomeOf(code)));
    }

    [Fact]
    public void E03_excluded_guiding_indicator_is_excluded_and_a_missed_one_does_not_block_passing()
    {
        var figures = HandFigures.Ndrc910(gas: 100m, purchasedMwh: 1_000_000m, directGreenMwh: 950_000m);
        var result = Evaluate.With("ndrc-910-2025", figures,
            """{ "G1": 0.88, "G2": true, "G3": 0.85, "G4": { "excluded": "no waste heat sources inside the boundary" }, "G5": 0.81 }""");

        AssertVector(result, "ndrc-910-2025", SchemeStatus.Official, grade: null, passed: true);
        Assert.Equal(Outcome.NotMet, result.OutcomeOf("G1"));
        Assert.Equal(Outcome.Excluded, result.OutcomeOf("G4"));
        Assert.Equal("no waste heat sources inside the boundary", result.Indicator("G4").ExcludedReason);
        Assert.All(["CORE", "G2", "G3", "G5", "D1"], code => Assert.Equal(Outcome.Met, result.OutcomeOf(code)));
    }

    [Fact]
    public void E04_small_park_below_200000_tce_has_core_not_applicable_and_does_not_pass()
    {
        // co2 = 2,162.19 + 5,000 × 0.8325 = 6,324.69 t; energy = 1,328.36 + 30,240 = 31,568.36 tce < 200,000.
        var figures = HandFigures.Ndrc910(gas: 100m, purchasedMwh: 100_000m, directGreenMwh: 95_000m);
        var result = Evaluate.With("ndrc-910-2025", figures, """{ "G1": 0.95, "G2": true, "G3": 0.9, "G4": 0.6, "G5": 0.9 }""");

        AssertVector(result, "ndrc-910-2025", SchemeStatus.Official, grade: null, passed: false);
        Assert.Equal(Outcome.NotApplicable, result.OutcomeOf("CORE"));
        Assert.All(Codes910.Skip(1), code => Assert.Equal(Outcome.Met, result.OutcomeOf(code)));
    }

    [Fact]
    public void E05_same_small_park_under_hunan_2027_has_core_applying_from_20000_tce_and_passes()
    {
        // energy 31,568.36 tce ≥ 20,000: threshold 1.0; intensity = 6,324.69 / 31,568.36 = 0.2003 ≤ 1.0.
        var figures = HandFigures.Ndrc910(gas: 100m, purchasedMwh: 100_000m, directGreenMwh: 95_000m);
        var result = Evaluate.With("hunan-2027", figures, """{ "G1": 0.65, "G2": true, "G3": 0.82, "G4": 0.5, "G5": 0.8 }""");

        AssertVector(result, "hunan-2027", SchemeStatus.SecondarySource, grade: null, passed: true);
        Assert.All(Codes910, code => Assert.Equal(Outcome.Met, result.OutcomeOf(code)));
    }

    [Fact]
    public void E06_scopes_1_and_2_fully_neutralised_with_scope_3_reported_and_good_management_is_AA()
    {
        // ratio12 = 3,400 / 3,333.39 = 1.0200 ≥ 1; ratio123 = 3,400 / 3,833.39 = 0.8869 < 1 (so not AAA); M = 97.45.
        var result = Evaluate.With("cers-2025-provisional", HandFigures.Cers2025(offsetTonnes: 3400m), management: Requests.StrongManagement);

        AssertVector(result, "cers-2025-provisional", SchemeStatus.Provisional, grade: "AA", passed: null);
        Assert.Equal(97.45m, result.ManagementScore);
    }

    [Fact]
    public void E07_half_neutralised_with_middling_management_is_B()
    {
        // ratio12 = 1,800 / 3,333.39 = 0.5400 (≥ 0.50, < 0.80); M = 15 + 9 + 5 + 10 + 0 + 12 + 3 + 5 + 5 + 0 = 64.
        var result = Evaluate.With("cers-2025-provisional", HandFigures.Cers2025(offsetTonnes: 1800m), management: Requests.MiddlingManagement);

        AssertVector(result, "cers-2025-provisional", SchemeStatus.Provisional, grade: "B", passed: null);
        Assert.Equal(64.00m, result.ManagementScore);
    }

    [Fact]
    public void E08_little_neutralisation_reaches_no_grade()
    {
        // ratio12 = 100 / 3,333.39 = 0.0300 < 0.20, whatever M (97.45).
        var result = Evaluate.With("cers-2025-provisional", HandFigures.Cers2025(offsetTonnes: 100m), management: Requests.StrongManagement);

        AssertVector(result, "cers-2025-provisional", SchemeStatus.Provisional, grade: null, passed: null);
        Assert.Equal(97.45m, result.ManagementScore);
    }

    private static void AssertVector(EvaluationResult result, string scheme, SchemeStatus status, string? grade, bool? passed)
    {
        Assert.Equal(scheme, result.Scheme);
        Assert.Equal(status, result.SchemeStatus);
        Assert.Equal(grade, result.Grade);
        Assert.Equal(passed, result.Passed);
    }
}
