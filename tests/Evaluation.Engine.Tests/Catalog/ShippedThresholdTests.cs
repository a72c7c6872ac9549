using System.Globalization;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Tests.Catalog;

/// <summary>The shipped data says what evaluation.md says, number for number.</summary>
public class ShippedThresholdTests
{
    [Theory]
    [InlineData("ndrc-910-2025", "200000", "0.2", "0.3", "0.90", "0.80", "0.50", "0.80")]
    [InlineData("hunan-2027", "20000", "1.0", "1.1", "0.60", "0.80", "0.50", "0.80")]
    [InlineData("hunan-2030", "20000", "0.7", "0.8", "0.70", "0.85", "0.55", "0.85")]
    [InlineData("hunan-2035", "20000", "0.3", "0.5", "0.90", "0.95", "0.60", "0.90")]
    public void Indicator_system_thresholds_are_those_of_evaluation_md(
        string id, string coreFrom, string coreBelowMillion, string coreFromMillion, string g1, string g3, string g4, string g5)
    {
        var scheme = SchemeCatalog.BuiltIn.Get(id);
        var core = scheme.FindIndicator("CORE")!;

        Assert.Equal(Comparison.AtMost, core.Comparison);
        Assert.Equal(IndicatorRole.Core, core.Role);
        Assert.Equal("energyConsumptionTce", core.Bands!.Basis);
        Assert.Equal(Outcome.NotApplicable, core.Bands.OutsideBands);
        Assert.Equal(
            [new ThresholdBand(D(coreFrom), 1_000_000m, D(coreBelowMillion)), new ThresholdBand(1_000_000m, null, D(coreFromMillion))],
            core.Bands.Ranges);
        Assert.Equal(D(g1), scheme.FindIndicator("G1")!.Threshold!.Number);
        Assert.True(scheme.FindIndicator("G2")!.Threshold!.Flag);
        Assert.Equal(D(g3), scheme.FindIndicator("G3")!.Threshold!.Number);
        Assert.Equal(D(g4), scheme.FindIndicator("G4")!.Threshold!.Number);
        Assert.Equal(D(g5), scheme.FindIndicator("G5")!.Threshold!.Number);
        Assert.Equal(0.50m, scheme.FindIndicator("D1")!.Threshold!.Number);
        Assert.Equal(IndicatorRole.Informational, scheme.FindIndicator("D1")!.Role);
        Assert.All(["G1", "G2", "G3", "G4", "G5"], code => Assert.True(scheme.FindIndicator(code)!.Excludable));
        Assert.All(["CORE", "D1"], code => Assert.False(scheme.FindIndicator(code)!.Excludable));
    }

    [Fact]
    public void Cers_management_weights_are_those_of_evaluation_md_and_add_up_to_100()
    {
        var items = SchemeCatalog.BuiltIn.Get("cers-2025-provisional").Management!.Items;

        Assert.Equal(
            ["P1:15", "P2:15", "P3:10", "P4:10", "P5:10", "L1:15", "L2:5", "L3:10", "L4:5", "L5:5"],
            items.Select(i => $"{i.Code}:{i.Weight}"));
        Assert.Equal(5m, items.Single(i => i.Code == "L2").FullMarksAt);
        Assert.Equal(["P2", "P3", "L1", "L3", "L4"], items.Where(i => i.Computable).Select(i => i.Code));
    }

    [Fact]
    public void Cers_grade_rules_are_those_of_evaluation_md_highest_first()
    {
        var grades = SchemeCatalog.BuiltIn.Get("cers-2025-provisional").Grades;

        Assert.Equal(
            [
                "AAA: R123 ≥ 1.00, S3 = true, M ≥ 90",
                "AA: R12 ≥ 1.00, S3 = true, M ≥ 80",
                "A: R12 ≥ 0.80, M ≥ 70",
                "B: R12 ≥ 0.50, M ≥ 60",
                "C: R12 ≥ 0.20, M ≥ 50",
            ],
            grades.Select(g => $"{g.Grade}: {string.Join(", ", g.Conditions.Select(Describe))}"));
    }

    private static string Describe(GradeCondition c) =>
        $"{c.Indicator} {(c.Comparison == Comparison.AtLeast ? "≥" : "=")} {c.Threshold}";

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
