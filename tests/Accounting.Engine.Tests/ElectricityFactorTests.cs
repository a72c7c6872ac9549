using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Domain.Resolution;
using static CarbonPlatform.Accounting.Engine.Tests.Engine;

namespace CarbonPlatform.Accounting.Engine.Tests;

public class ElectricityFactorTests
{
    private const string Grid = """{ "id": "grid", "kind": "purchased-electricity", "quantity": 1000, "unit": "MWh" }""";

    private static (string GridAverage, string ResidualMix) Factors(string extra, int year)
    {
        var line = Result(Cers(Grid, extra, year)).Line("grid");
        return (line.Inputs.Single(i => i.Name == "gridAverageFactor").Origin, line.Inputs.Single(i => i.Name == "residualMixFactor").Origin);
    }

    private static InputError Error(string extra, int year, string code) => Errors(Cers(Grid, extra, year)).Single(code);

    [Fact]
    public void The_default_level_is_national_and_the_vintage_is_the_inventory_year_when_published()
    {
        Assert.Equal(("electricity/grid-average/national/CN/2022@cn-2025.1", "electricity/residual-mix/national/CN/2022@cn-2025.1"),
            Factors("", 2022));
    }

    [Fact]
    public void Each_family_takes_the_newest_national_vintage_not_later_than_the_inventory_year()
    {
        var (grid, residual) = Factors("", 2024);
        Assert.Equal("electricity/grid-average/national/CN/2023@cn-2025.1", grid);
        Assert.Equal("electricity/residual-mix/national/CN/2022@cn-2025.1", residual);
    }

    [Fact]
    public void A_named_vintage_is_used_for_both_families()
    {
        Assert.Equal(("electricity/grid-average/national/CN/2021@cn-2025.1", "electricity/residual-mix/national/CN/2021@cn-2025.1"),
            Factors("\"electricityFactorVintage\": 2021", 2024));
    }

    [Fact]
    public void A_named_vintage_a_family_lacks_is_an_error_naming_level_and_vintage()
    {
        var error = Error("\"electricityFactorVintage\": 2023", 2024, ErrorCodes.NoFactorForVintage);
        Assert.Contains("residual-mix", error.Message);
        Assert.Contains("national", error.Message);
        Assert.Contains("2023", error.Message);
    }

    [Fact]
    public void A_vintage_that_was_never_published_is_an_error()
    {
        Assert.Equal("electricityFactorVintage", Error("\"electricityFactorVintage\": 2019", 2022, ErrorCodes.UnknownVintage).Field);
    }

    [Fact]
    public void An_inventory_year_earlier_than_every_vintage_is_an_error()
    {
        var errors = Errors(Cers(Grid, "", 2020));
        Assert.All(errors, e => Assert.Equal((ErrorCodes.YearBeforeFirstVintage, "year"), (e.Code, e.Field)));
        Assert.Contains(errors, e => e.Message.Contains("2021"));
    }

    [Fact]
    public void An_inventory_without_electricity_needs_no_vintage()
    {
        var gas = """{ "id": "gas", "kind": "fuel-combustion", "quantity": 1, "unit": "10^4Nm3", "fuel": "natural-gas" }""";
        Assert.True(Run(Cers(gas, "", 2019)).Succeeded);
    }

    [Fact]
    public void The_provincial_level_uses_the_parks_province_also_from_a_city_code()
    {
        Assert.Equal("electricity/grid-average/provincial/320000/2022@cn-2025.1",
            Factors("\"regionCode\": \"320500\", \"electricityFactorLevel\": \"provincial\"", 2022).GridAverage);
    }

    [Fact]
    public void The_regional_level_uses_the_grid_region_of_the_province()
    {
        var line = Result(Cers(Grid, "\"regionCode\": \"320000\", \"electricityFactorLevel\": \"regional\"")).Line("grid");
        Assert.Equal(561.7, line.Co2e, 9);
        Assert.Equal("electricity/grid-average/regional/east/2022@cn-2025.1", line.Inputs[1].Origin);
    }

    [Fact]
    public void A_level_without_a_value_for_the_vintage_is_an_error_and_not_a_fallback()
    {
        // 2024 takes the 2023 vintage of the national series; the east region has no 2023 value.
        var regional = Error("\"regionCode\": \"320000\", \"electricityFactorLevel\": \"regional\"", 2024, ErrorCodes.NoFactorForVintage);
        Assert.Contains("regional", regional.Message);
        Assert.Contains("2023", regional.Message);
        var provincial = Error("\"regionCode\": \"320000\", \"electricityFactorLevel\": \"provincial\"", 2023, ErrorCodes.NoFactorForVintage);
        Assert.Contains("provincial", provincial.Message);
    }

    [Fact]
    public void A_level_with_a_value_for_a_newer_vintage_uses_it()
    {
        Assert.Equal("electricity/grid-average/provincial/440000/2023@cn-2025.1",
            Factors("\"regionCode\": \"440000\", \"electricityFactorLevel\": \"provincial\"", 2024).GridAverage);
    }

    [Fact]
    public void Inner_Mongolia_needs_an_explicit_grid_region_for_the_regional_level()
    {
        var error = Error("\"regionCode\": \"150000\", \"electricityFactorLevel\": \"regional\"", 2022, ErrorCodes.GridRegionRequired);
        Assert.Equal("gridRegion", error.Field);
        Assert.Equal("electricity/grid-average/regional/northeast/2022@cn-2025.1",
            Factors("\"regionCode\": \"150000\", \"electricityFactorLevel\": \"regional\", \"gridRegion\": \"northeast\"", 2022).GridAverage);
    }

    [Fact]
    public void A_grid_region_the_province_is_not_in_is_an_error()
    {
        Error("\"regionCode\": \"320000\", \"electricityFactorLevel\": \"regional\", \"gridRegion\": \"north\"", 2022, ErrorCodes.GridRegionMismatch);
    }

    [Fact]
    public void The_provincial_level_needs_a_region_code_of_a_known_province()
    {
        Assert.Equal("regionCode", Error("\"electricityFactorLevel\": \"provincial\"", 2022, ErrorCodes.MissingField).Field);
        Error("\"regionCode\": \"990000\", \"electricityFactorLevel\": \"provincial\"", 2022, ErrorCodes.UnknownRegion);
        Error("\"regionCode\": \"32\", \"electricityFactorLevel\": \"provincial\"", 2022, ErrorCodes.InvalidValue);
    }

    [Fact]
    public void Without_a_region_code_the_regional_level_takes_a_named_grid_region_of_the_release()
    {
        Assert.Equal("electricity/grid-average/regional/south/2022@cn-2025.1",
            Factors("\"electricityFactorLevel\": \"regional\", \"gridRegion\": \"south\"", 2022).GridAverage);
        Error("\"electricityFactorLevel\": \"regional\", \"gridRegion\": \"west\"", 2022, ErrorCodes.UnknownGridRegion);
    }

    [Fact]
    public void An_unknown_level_is_an_error()
    {
        Assert.Equal("electricityFactorLevel", Error("\"electricityFactorLevel\": \"county\"", 2022, ErrorCodes.InvalidValue).Field);
    }

    [Fact]
    public void The_resolver_can_be_asked_directly()
    {
        var resolution = ElectricityFactorResolver.Resolve(new CalculationRequest { Year = 2024 }, SharedData.Release);
        Assert.Empty(resolution.Errors);
        Assert.Equal(0.5306, resolution.GridAverage!.Value);
        Assert.Equal(0.5856, resolution.ResidualMix!.Value);
    }

    [Fact]
    public void The_910_method_does_not_use_the_grid_factors_of_any_year()
    {
        var result = Result(Ndrc(Grid, "", 2019));
        Assert.Equal(832.5, result.Totals.Co2!.Value, 9);
    }
}
