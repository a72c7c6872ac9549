using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Cers;

/// <summary>For the next grade up: exactly what is missing, in figures.</summary>
public class NextGradeTests
{
    [Fact]
    public void AA_park_of_e06_must_neutralise_433_4_tonnes_more_for_AAA()
    {
        // AAA needs N ≥ 1.00 × grossMarket = 3,833.388809; N = 3,400 → 433.388809, rounded up to 433.4.
        var result = Evaluate.With("cers-2025-provisional", HandFigures.Cers2025(offsetTonnes: 3400m), management: Requests.StrongManagement);

        var next = result.NextGrade!;
        Assert.Equal("AAA", next.Grade);
        var step = Assert.Single(next.Steps);
        Assert.Equal(MissingStepKind.Neutralise, step.Kind);
        Assert.Equal("R123", step.Indicator);
        Assert.Equal(433.4m, step.Amount);
        Assert.Equal(
            "再中和 433.4 tCO2e，使碳中和比例（范围一+二+三）从 0.8869 提高到 1.00 / neutralise 433.4 tCO2e more, raising the carbon-neutrality ratio of scopes 1+2+3 from 0.8869 to 1.00",
            Assert.Single(next.Missing));
    }

    [Fact]
    public void B_park_of_e07_needs_more_neutralisation_and_6_points_which_P2_or_P5_alone_supply()
    {
        // A needs ratio12 ≥ 0.80: 0.80 × 3,333.388809 − 1,800 = 866.711 → 866.8 t.
        // A needs M ≥ 70: 6 points short. P2 0.60 → 1.00 gives exactly 6; P5 no → yes gives 10; nothing else has 6 points of room.
        var result = Evaluate.With("cers-2025-provisional", HandFigures.Cers2025(offsetTonnes: 1800m), management: Requests.MiddlingManagement);

        var next = result.NextGrade!;
        Assert.Equal("A", next.Grade);
        Assert.Equal([MissingStepKind.Neutralise, MissingStepKind.RaiseManagementScore], next.Steps.Select(s => s.Kind));
        Assert.Equal(866.8m, next.Steps[0].Amount);
        Assert.StartsWith("再中和 866.8 tCO2e", next.Missing[0]);
        Assert.Contains("neutralise 866.8 tCO2e more", next.Missing[0]);

        var management = next.Steps[1];
        Assert.Equal(6m, management.Amount);
        Assert.Equal(["P2", "P5"], management.Options!.Select(o => o.Item));
        Assert.Equal(1.00m, management.Options![0].Target.Number);
        Assert.Contains("P2 从 0.60 提高到 1.00", next.Missing[1]);
        Assert.Contains("raise P2 from 0.60 to 1.00", next.Missing[1]);
        Assert.Contains("make P5 (platform performs analysis, forecasting and early warning) yes (+10 points)", next.Missing[1]);
        Assert.Contains("6.00 points short", next.Missing[1]);
    }

    [Fact]
    public void Ratio_item_target_is_rounded_up_so_it_really_suffices()
    {
        // P1 15, L1 15, P4 10, P5 10, L4 5, L5 5 = 60; P2 0.40 × 15 = 6; P3 0.5 × 10 = 5; M = 71: A (≥ 70), and AA (≥ 80) is 9 short.
        // P2 alone: (6 + 9) / 15 = 1.00 → raise P2 from 0.40 to 1.00; P3 has only 5 points of room.
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(1m),
            management: """{ "P1": true, "L1": 1, "P4": true, "P5": true, "L4": true, "L5": true, "P2": 0.40, "P3": 0.5 }""");

        Assert.Equal("A", result.Grade);
        var step = Assert.Single(result.NextGrade!.Steps);
        Assert.Equal(9m, step.Amount);
        var option = Assert.Single(step.Options!, o => o.Item == "P2");
        Assert.Equal(1.00m, option.Target.Number);
        Assert.Contains("raise P2 from 0.40 to 1.00", step.Text.En);
        Assert.DoesNotContain(step.Options!, o => o.Item == "P3");
    }

    [Fact]
    public void Fractional_targets_round_up_to_two_decimals()
    {
        // P1 15, L1 15, P4 10, P5 10, L4 5, P2 0.5 × 15 = 7.5, P3 0.5 × 10 = 5: M = 67.5, A (≥ 70) is 2.5 short.
        // Single items: P2 (7.5 + 2.5) / 15 = 0.6667 → 0.67; P3 0.75; L3 (unset) 0.25; L2 (unset) 2.5 years; L5 yes.
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(0.9m),
            management: """{ "P1": true, "L1": 1, "P4": true, "P5": true, "L4": true, "P2": 0.5, "P3": 0.5 }""");

        Assert.Equal(67.5m, result.ManagementScore);
        var step = Assert.Single(result.NextGrade!.Steps);
        Assert.Equal("A", result.NextGrade.Grade);
        var targets = step.Options!.ToDictionary(o => o.Item, o => o.Target);
        Assert.Equal(0.67m, targets["P2"].Number);
        Assert.Equal(0.75m, targets["P3"].Number);
        Assert.Equal(0.25m, targets["L3"].Number);
        Assert.Equal(2.5m, targets["L2"].Number);
        Assert.True(targets["L5"].Flag);
        Assert.All(step.Options!, o => Assert.True(o.Points >= 2.5m));
    }

    [Fact]
    public void When_no_single_item_suffices_the_gap_is_still_given_in_points()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(0.3m), management: """{ "P1": true }""");

        Assert.Null(result.Grade);
        Assert.Equal("C", result.NextGrade!.Grade);
        var step = Assert.Single(result.NextGrade.Steps);
        Assert.Empty(step.Options!);
        Assert.Contains("from 15.00 to at least 50 (35.00 points short); no single item can close the gap alone", step.Text.En);
    }

    [Fact]
    public void Missing_scope_3_is_told_as_a_line_to_report()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(1.5m, scope3Reported: false), management: Requests.ManagementScoring(85));

        Assert.Equal("A", result.Grade);
        Assert.Equal("AA", result.NextGrade!.Grade);
        Assert.Equal("在清单中报告至少一项范围三排放 / report at least one scope-3 line in the inventory", Assert.Single(result.NextGrade.Missing));
    }

    [Fact]
    public void No_grade_points_to_C_with_the_tonnes_to_neutralise()
    {
        // e08: C needs ratio12 ≥ 0.20: 0.20 × 3,333.388809 − 100 = 566.678 → 566.7 t.
        var result = Evaluate.With("cers-2025-provisional", HandFigures.Cers2025(offsetTonnes: 100m), management: Requests.StrongManagement);

        Assert.Equal("C", result.NextGrade!.Grade);
        Assert.Equal(566.7m, Assert.Single(result.NextGrade.Steps).Amount);
    }

    [Fact]
    public void Top_grade_has_no_next_grade()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.CersByRatio(1m), management: Requests.ManagementScoring(100));

        Assert.Equal("AAA", result.Grade);
        Assert.Null(result.NextGrade);
    }
}
