using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;

namespace CarbonPlatform.Accounting.Engine.Tests;

public class ReferenceDataTests
{
    private static FactorRelease Release => SharedData.Release;

    private static Factor Get(string id) => Release.Find(id) ?? throw new Xunit.Sdk.XunitException($"{id} is not in the release");

    [Fact]
    public void The_default_release_is_cn_2025_1_and_passes_validation()
    {
        Assert.Equal("cn-2025.1", Release.Name);
        Assert.Empty(FactorReleaseValidator.Validate(Release));
    }

    [Fact]
    public void Natural_gas_becomes_three_atomic_factors_that_carry_its_activity_unit()
    {
        var ncv = Get("fuel/natural-gas/ncv");
        var carbon = Get("fuel/natural-gas/carbon-content");
        var oxidation = Get("fuel/natural-gas/oxidation-rate");
        Assert.Equal((389.31, "GJ/10^4Nm3"), (ncv.Value, ncv.Unit));
        Assert.Equal((0.0153, "tC/GJ"), (carbon.Value, carbon.Unit));
        Assert.Equal(0.99, oxidation.Value);
        Assert.All([ncv, carbon, oxidation], f =>
        {
            Assert.Equal(FactorCategories.Fuel, f.Category);
            Assert.Equal("natural-gas", f.Code);
            Assert.Equal("10^4Nm3", f.ActivityUnit);
            Assert.Equal("confirmed", f.Status);
            Assert.Equal("GB/T 32151.34-2024 Table C.1 (transcription)", f.Source);
        });
        Assert.Equal("t", Get("fuel/diesel/ncv").ActivityUnit);
    }

    [Fact]
    public void Every_electricity_row_keeps_its_publication_and_status()
    {
        var f = Get("electricity/grid-average/national/CN/2023");
        Assert.Equal((0.5306, "tCO2/MWh", 2023), (f.Value, f.Unit, f.Vintage));
        Assert.Equal(("MEE & NBS announcement 2025 No.47", "unverified"), (f.Source, f.Status));
        Assert.Equal(("grid-average", "national", "CN"), (f.Family, f.Level, f.Area));
        Assert.Equal("confirmed", Get("electricity/residual-mix/national/CN/2022").Status);
        Assert.Equal(0.5978, Get("electricity/grid-average/provincial/320000/2022").Value);
        Assert.Equal(0.5617, Get("electricity/grid-average/regional/east/2022").Value);
    }

    [Fact]
    public void Grid_regions_map_a_province_code_to_its_region_as_text()
    {
        var jiangsu = Get("grid-region/320000");
        Assert.Equal((FactorCategories.GridRegion, "320000", "east", "inferred"), (jiangsu.Category, jiangsu.Area, jiangsu.Code, jiangsu.Status));
        var innerMongolia = Get("grid-region/150000");
        Assert.Equal("north|northeast", innerMongolia.Code);
        Assert.Equal("inferred", innerMongolia.Status);
        Assert.Contains("needs an explicit region", innerMongolia.Note);
    }

    [Fact]
    public void Gwp_values_exist_per_set_and_NF3_has_no_SAR_value()
    {
        Assert.Equal(28, Get("gwp/AR5/CH4").Value);
        Assert.Equal(27.9, Get("gwp/AR6/CH4").Value);
        Assert.Equal(16100, Get("gwp/AR5/NF3").Value);
        Assert.Null(Release.Find("gwp/SAR/NF3"));
        // gwp.csv has no status column: its values are not marked as checked.
        Assert.Equal("unverified", Get("gwp/AR5/SF6").Status);
    }

    [Fact]
    public void Method_constants_are_factors_of_their_method_and_the_default_gwp_set_is_text()
    {
        var fossil = Get("method/ndrc-910-2025/electricity-fossil-factor");
        Assert.Equal((0.8325, "tCO2/MWh", Methods.Ndrc910), (fossil.Value, fossil.Unit, fossil.Method));
        var gwpSet = Get("method/cers-2025/default-gwp-set");
        Assert.Equal(("AR5", "provisional"), (gwpSet.Text, gwpSet.Status));
        Assert.Equal("unverified", Get("method/ndrc-910-2025/electricity-equivalent-coefficient").Status);
        Assert.Equal(0.11, Get("method/cers-2025/heat-fossil-factor").Value);
    }

    [Fact]
    public void Carbonates_carry_their_stoichiometric_derivation()
    {
        var limestone = Get("carbonate/calcium-carbonate");
        Assert.Equal((0.43971, "tCO2/t", "confirmed"), (limestone.Value, limestone.Unit, limestone.Status));
        Assert.Equal("stoichiometric: 1 x 44.009 / 100.086", limestone.Source);
    }

    [Fact]
    public void Reading_from_strings_gives_the_same_release_as_reading_the_files()
    {
        var fromStrings = ReferenceDataReader.ReadFromStrings("cn-2025.1", SharedData.ReferenceCsv());
        Assert.Equal(Release.Factors, fromStrings.Factors);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_rejected_naming_file_and_line()
    {
        var csv = "code,formula,name_zh,t_co2_per_t,derivation,status\ncalcium-carbonate,CaCO3,石灰石,0.43971,x,confirmed\ndolomite,CaMg(CO3)2,白云石,abc,x,confirmed\n";
        var e = Assert.Throws<FormatException>(() => ReferenceDataReader.ReadFile(ReferenceDataReader.CarbonatesFile, new StringReader(csv)));
        Assert.Contains("carbonates.csv line 3", e.Message);
    }

    [Fact]
    public void A_missing_column_is_rejected()
    {
        var csv = "code,formula,name_zh,derivation,status\ncalcium-carbonate,CaCO3,石灰石,x,confirmed\n";
        var e = Assert.Throws<FormatException>(() => ReferenceDataReader.ReadFile(ReferenceDataReader.CarbonatesFile, new StringReader(csv)));
        Assert.Contains("t_co2_per_t", e.Message);
    }

    [Fact]
    public void Quoted_cells_may_contain_commas()
    {
        var csv = "method,parameter,value,unit,source,status\ncers-2025,heat-fossil-factor,0.11,tCO2/GJ,\"GB/T 32150, Annex\",confirmed\n";
        var factor = Assert.Single(ReferenceDataReader.ReadFile(ReferenceDataReader.MethodParametersFile, new StringReader(csv)));
        Assert.Equal("GB/T 32150, Annex", factor.Source);
    }
}
