using CarbonPlatform.Domain.Factors;

namespace CarbonPlatform.Accounting.Engine.Tests;

public class FactorReleaseValidatorTests
{
    private static IReadOnlyList<ReleaseError> ValidateWith(Func<Factor, Factor?> change)
    {
        var factors = new List<Factor>();
        foreach (var f in SharedData.Release.Factors)
            if (change(f) is { } changed) factors.Add(changed);
        return FactorReleaseValidator.Validate(new FactorRelease("test", factors));
    }

    private static IReadOnlyList<ReleaseError> ValidateWithExtra(Factor extra) =>
        FactorReleaseValidator.Validate(new FactorRelease("test", [.. SharedData.Release.Factors, extra]));

    private static Factor Get(string id) => SharedData.Release.Find(id)!;

    [Fact]
    public void A_factor_without_a_unit_is_refused()
    {
        var errors = ValidateWith(f => f.Id == "fuel/diesel/ncv" ? f with { Unit = "" } : f);
        var error = Assert.Single(errors);
        Assert.Equal(("fuel/diesel/ncv", "missing-unit"), (error.FactorId, error.Code));
    }

    [Fact]
    public void An_unknown_category_is_refused()
    {
        var errors = ValidateWithExtra(Get("carbonate/dolomite") with { Id = "biomass/x", Category = "biomass" });
        Assert.Equal("unknown-category", Assert.Single(errors).Code);
    }

    [Fact]
    public void An_unknown_key_is_refused()
    {
        var family = ValidateWithExtra(Get("electricity/grid-average/national/CN/2022") with
        {
            Id = "electricity/marginal/national/CN/2022", Family = "marginal", Code = "marginal",
        });
        Assert.Equal("unknown-key", Assert.Single(family).Code);
        var parameter = ValidateWithExtra(Get("method/cers-2025/heat-fossil-factor") with
        {
            Id = "method/cers-2025/cooling-factor", Parameter = "cooling-factor", Code = "cooling-factor",
        });
        Assert.Equal("unknown-key", Assert.Single(parameter).Code);
    }

    [Fact]
    public void A_duplicate_id_is_refused()
    {
        var errors = ValidateWithExtra(Get("gwp/AR5/CH4") with { Value = 30 });
        var error = Assert.Single(errors);
        Assert.Equal(("gwp/AR5/CH4", "duplicate-id"), (error.FactorId, error.Code));
    }

    [Fact]
    public void An_id_that_does_not_match_its_keys_is_refused()
    {
        var errors = ValidateWith(f => f.Id == "gwp/AR5/CH4" ? f with { Id = "gwp/AR5/methane" } : f);
        Assert.Equal("id-mismatch", Assert.Single(errors).Code);
    }

    [Fact]
    public void A_fuel_without_all_three_factors_is_refused()
    {
        var errors = ValidateWith(f => f.Id == "fuel/coke/oxidation-rate" ? null : f);
        var error = Assert.Single(errors);
        Assert.Equal(("coke", "incomplete-fuel"), (error.FactorId, error.Code));
    }

    [Fact]
    public void A_missing_method_constant_is_refused()
    {
        var errors = ValidateWith(f => f.Id == "method/ndrc-910-2025/standard-coal-heat-value" ? null : f);
        Assert.Equal("missing-factor", Assert.Single(errors).Code);
    }

    [Fact]
    public void An_unknown_status_is_refused()
    {
        var errors = ValidateWith(f => f.Id == "carbonate/siderite" ? f with { Status = "guessed" } : f);
        Assert.Equal("unknown-status", Assert.Single(errors).Code);
    }

    [Fact]
    public void A_calculation_with_a_release_that_lacks_a_method_constant_reports_it_instead_of_failing()
    {
        var release = new FactorRelease("broken", SharedData.Release.Factors.Where(f => f.Id != "method/ndrc-910-2025/standard-coal-heat-value"));
        var outcome = AccountingEngine.Calculate(Engine.Ndrc("""{ "id": "gas", "kind": "fuel-combustion", "quantity": 1, "unit": "10^4Nm3", "fuel": "natural-gas" }"""), release);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("factorRelease", "factor-missing"), (error.Field, error.Code));
    }

    [Fact]
    public void A_calculation_with_a_fuel_that_lacks_a_default_reports_it_unless_the_line_measures_it()
    {
        var release = new FactorRelease("broken", SharedData.Release.Factors.Where(f => f.Id != "fuel/coke/ncv"));
        const string line = """{ "id": "coke", "kind": "fuel-combustion", "quantity": 1, "unit": "t", "fuel": "coke" }""";
        var error = Assert.Single(AccountingEngine.Calculate(Engine.Cers(line), release).Errors);
        Assert.Equal(("coke", "ncv", "factor-missing"), (error.Line, error.Field, error.Code));
        var measured = line.Replace("\"fuel\": \"coke\"", "\"fuel\": \"coke\", \"ncv\": 28.4");
        Assert.True(AccountingEngine.Calculate(Engine.Cers(measured), release).Succeeded);
    }
}
