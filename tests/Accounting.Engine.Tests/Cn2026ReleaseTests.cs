using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Calculation;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>cn-2026.1 = cn-2025.1 + shared/reference-data/updates/electricity-factors-2023.csv, composed the way the
/// emission-factors service publishes (and seeds) a release on top of another.</summary>
public class Cn2026ReleaseTests
{
    private const string JiangsuProvincial2025 = """
        { "method": "cers-2025", "year": 2025, "regionCode": "320571", "electricityFactorLevel": "provincial",
          "lines": [ { "id": "grid", "kind": "purchased-electricity", "quantity": 1000, "unit": "MWh" } ] }
        """;

    private static IReadOnlyList<Factor> UpdateRows()
    {
        using var csv = new StreamReader(Path.Combine(SharedData.ReferenceData, "updates", "electricity-factors-2023.csv"));
        return ReferenceDataReader.ReadFile(ReferenceDataReader.ElectricityFactorsFile, csv);
    }

    private static FactorRelease Cn2026() => ReleaseComposition.OnTopOf("cn-2026.1", SharedData.Release.Factors, UpdateRows().ToList());

    [Fact]
    public void The_release_is_valid_and_holds_every_factor_of_cn_2025_1_plus_the_40_rows_all_unverified()
    {
        var updates = UpdateRows();
        var release = Cn2026();
        Assert.Empty(FactorReleaseValidator.Validate(release));
        Assert.Equal(40, updates.Count);
        Assert.All(updates, f => Assert.Equal(FactorStatuses.Unverified, release.Find(f.Id)!.Status));
        var repeated = updates.Count(f => SharedData.Release.Find(f.Id) is not null);
        Assert.Equal(6, repeated); // national, fossil power, 南方, 广东, 四川, 内蒙古 (updates/README.md)
        Assert.Equal(SharedData.Release.Factors.Count + updates.Count - repeated, release.Factors.Count);
        Assert.All(SharedData.Release.Factors.Where(f => updates.All(u => u.Id != f.Id)),
            f => Assert.Equal(f, release.Find(f.Id)));
    }

    [Fact]
    public void A_Jiangsu_provincial_2025_line_is_computed_with_0_5827_under_cn_2026_1_and_its_lineage_says_unverified()
    {
        var outcome = AccountingEngine.Calculate(JiangsuProvincial2025, Cn2026());
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var line = outcome.Result!.Lines.Single(l => l.Id == "grid");
        var factor = line.Inputs.Single(i => i.Name == "gridAverageFactor");
        Assert.Equal("electricity/grid-average/provincial/320000/2023@cn-2026.1", factor.Origin);
        Assert.Equal(FactorStatuses.Unverified, factor.Status);
        Assert.Equal(0.5827, factor.Value, 12);
        Assert.Equal(582.7, outcome.Result.Totals.Scope2Location!.Value, 9);
        Assert.Equal("cn-2026.1", outcome.Result.FactorRelease);
    }

    [Fact]
    public void The_same_line_is_refused_under_cn_2025_1_with_the_error_naming_level_and_vintage()
    {
        var outcome = AccountingEngine.Calculate(JiangsuProvincial2025, SharedData.Release);
        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors, e => e.Code == ErrorCodes.NoFactorForVintage);
        Assert.Equal("electricityFactorLevel", error.Field);
        Assert.Contains("provincial", error.Message);
        Assert.Contains("320000", error.Message);
        Assert.Contains("vintage 2023", error.Message);
    }
}
