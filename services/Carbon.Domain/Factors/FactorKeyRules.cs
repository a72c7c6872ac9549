namespace CarbonPlatform.Domain.Factors;

/// <summary>The keys each category must carry, and the id they imply.</summary>
internal static class FactorKeyRules
{
    /// <summary>What is wrong with the factor's keys, or null.</summary>
    public static string? Check(Factor f) => f.Category switch
    {
        FactorCategories.Electricity when !FactorKeys.IsFamily(f.Family) => $"unknown electricity family '{f.Family}'",
        FactorCategories.Electricity when !FactorKeys.IsLevel(f.Level) => $"unknown level '{f.Level}'",
        FactorCategories.Electricity when string.IsNullOrEmpty(f.Area) || f.Vintage is null => "area and vintage are required",
        FactorCategories.Fuel when !FactorKeys.IsFuelParameter(f.Parameter) => $"unknown fuel parameter '{f.Parameter}'",
        FactorCategories.Fuel when Units.Parse(f.ActivityUnit, out _) is not (UnitFamily.Mass or UnitFamily.GasVolume) =>
            $"the activity unit '{f.ActivityUnit}' is neither a mass nor a gas volume",
        FactorCategories.Gwp when !FactorKeys.IsGwpSet(f.GwpSet) => $"unknown GWP set '{f.GwpSet}'",
        FactorCategories.Gwp when string.IsNullOrEmpty(f.Gas) => "the gas is required",
        FactorCategories.Method when !FactorKeys.IsMethod(f.Method) => $"unknown method '{f.Method}'",
        FactorCategories.Method when !FactorKeys.IsMethodParameter(f.Parameter) => $"unknown method parameter '{f.Parameter}'",
        FactorCategories.Method when f.Parameter == FactorKeys.DefaultGwpSet && !FactorKeys.IsGwpSet(f.Text) =>
            $"the default GWP set '{f.Text}' is not a GWP set",
        FactorCategories.GridRegion when string.IsNullOrEmpty(f.Area) => "the province code is required",
        _ when string.IsNullOrEmpty(f.Code) => "the code is required",
        _ => null,
    };

    public static string ExpectedId(Factor f) => f.Category switch
    {
        FactorCategories.Electricity => FactorKeys.Electricity(f.Family!, f.Level!, f.Area!, f.Vintage!.Value),
        FactorCategories.Fuel => FactorKeys.Fuel(f.Code, f.Parameter!),
        FactorCategories.Carbonate => FactorKeys.Carbonate(f.Code),
        FactorCategories.Gwp => FactorKeys.Gwp(f.GwpSet!, f.Gas!),
        FactorCategories.Method => FactorKeys.MethodParameter(f.Method!, f.Parameter!),
        FactorCategories.GridRegion => FactorKeys.GridRegion(f.Area!),
        _ => f.Id,
    };
}
