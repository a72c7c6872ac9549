using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Cers;

/// <summary>M: yes = full weight, ratio r = r × weight, L2 = min(years / 5, 1) × 5, no value = 0; rounded to 2 decimals.</summary>
public class ManagementScoreTests
{
    private static readonly InventoryFigures Figures = HandFigures.Cers2025(offsetTonnes: 3400m);

    [Fact]
    public void Management_score_of_e06_is_97_45()
    {
        // 15 + 0.95×15 + 0.9×10 + 10 + 10 + 1.0×15 + min(6/5,1)×5 + 0.92×10 + 5 + 5 = 97.45
        var result = Evaluate.With("cers-2025-provisional", Figures, management: Requests.StrongManagement);

        Assert.Equal(97.45m, result.ManagementScore);
    }

    [Fact]
    public void Management_score_of_e07_is_64()
    {
        // 15 + 0.6×15 + 0.5×10 + 10 + 0 + 0.8×15 + 3/5×5 + 0.5×10 + 5 + 0 = 64
        var result = Evaluate.With("cers-2025-provisional", Figures, management: Requests.MiddlingManagement);

        Assert.Equal(64m, result.ManagementScore);
    }

    [Fact]
    public void Items_with_no_value_score_zero()
    {
        var result = Evaluate.With("cers-2025-provisional", Figures, management: """{ "P1": true }""");

        Assert.Equal(15m, result.ManagementScore);
        var p2 = Assert.Single(result.Management!, i => i.Code == "P2");
        Assert.Null(p2.Value);
        Assert.Null(p2.Provenance);
        Assert.Equal(0m, p2.Score);
    }

    [Fact]
    public void No_management_at_all_scores_zero()
    {
        var result = Evaluate.With("cers-2025-provisional", Figures);

        Assert.Equal(0m, result.ManagementScore);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("2.5", "2.5")]
    [InlineData("5", "5")]
    [InlineData("12", "5")]
    public void Ledger_retention_earns_full_marks_at_5_years_and_no_more(string years, string points)
    {
        var result = Evaluate.With("cers-2025-provisional", Figures, management: $$"""{ "L2": {{years}} }""");

        Assert.Equal(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), result.ManagementScore);
    }

    [Fact]
    public void Score_is_rounded_to_2_decimals_for_the_result()
    {
        // 0.333 × 15 = 4.995 → 5.00 (away from zero); 0.3333 × 10 = 3.333 → 3.33.
        var fiveish = Evaluate.With("cers-2025-provisional", Figures, management: """{ "P2": 0.333 }""");
        var threeish = Evaluate.With("cers-2025-provisional", Figures, management: """{ "P3": 0.3333 }""");

        Assert.Equal(5.00m, fiveish.ManagementScore);
        Assert.Equal(3.33m, threeish.ManagementScore);
    }

    [Fact]
    public void Each_item_says_whether_it_was_computed_or_declared()
    {
        var scheme = CarbonPlatform.Evaluation.Engine.Schemes.SchemeCatalog.BuiltIn.Get("cers-2025-provisional");
        var read = EvaluationInputReader.Read(scheme, null, Evaluate.Json("""{ "P1": true, "L1": 0.5 }"""));
        var inputs = read.Inputs.WithComputedManagement(new Dictionary<string, CarbonPlatform.Evaluation.Engine.Common.ScalarValue>
        {
            ["L1"] = 0.75m,
            ["L4"] = true,
        });

        var result = CarbonPlatform.Evaluation.Engine.Evaluating.SchemeEvaluator.Evaluate(scheme, Figures, inputs);

        var items = result.Management!.ToDictionary(i => i.Code);
        Assert.Equal(ValueProvenance.Declared, items["P1"].Provenance);
        Assert.Equal(ValueProvenance.Computed, items["L1"].Provenance);
        Assert.Equal(0.75m, items["L1"].Value!.Number);
        Assert.Equal(ValueProvenance.Computed, items["L4"].Provenance);
        Assert.Equal(15m + 11.25m + 5m, result.ManagementScore);
    }
}
