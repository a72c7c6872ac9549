namespace CarbonPlatform.Domain.Factors;

public sealed record ReleaseError(string? FactorId, string Code, string Message);

/// <summary>Refuses a release the calculator could not rely on: missing units, unknown
/// categories or keys, ids that do not match their keys, duplicate ids, incomplete fuels and
/// missing method constants. An empty list means the release is usable.</summary>
public static class FactorReleaseValidator
{
    private static readonly (string Method, string Parameter)[] RequiredMethodParameters =
    [
        (Methods.Cers2025, FactorKeys.DefaultGwpSet),
        (Methods.Cers2025, FactorKeys.HeatFossilFactor),
        (Methods.Ndrc910, FactorKeys.ElectricityFossilFactor),
        (Methods.Ndrc910, FactorKeys.HeatFossilFactor),
        (Methods.Ndrc910, FactorKeys.StandardCoalHeatValue),
        (Methods.Ndrc910, FactorKeys.ElectricityEquivalentCoefficient),
    ];

    public static IReadOnlyList<ReleaseError> Validate(FactorRelease release)
    {
        var errors = new List<ReleaseError>();
        if (string.IsNullOrWhiteSpace(release.Name))
            errors.Add(new(null, "missing-name", "the release has no name"));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fuelParameters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in release.Factors)
        {
            if (string.IsNullOrWhiteSpace(f.Id)) errors.Add(new(null, "missing-id", $"a {f.Category} factor has no id"));
            else if (!ids.Add(f.Id)) errors.Add(new(f.Id, "duplicate-id", $"the id '{f.Id}' appears more than once"));
            if (!FactorStatuses.IsKnown(f.Status))
                errors.Add(new(f.Id, "unknown-status", $"'{f.Status}' is not a known status"));
            if (!FactorCategories.IsKnown(f.Category))
            {
                errors.Add(new(f.Id, "unknown-category", $"'{f.Category}' is not a known category"));
                continue;
            }
            var numeric = f.Category != FactorCategories.GridRegion && f.Text is null;
            if (numeric && string.IsNullOrWhiteSpace(f.Unit))
                errors.Add(new(f.Id, "missing-unit", $"{f.Id} has no unit"));
            if (numeric && !double.IsFinite(f.Value))
                errors.Add(new(f.Id, "invalid-value", $"{f.Id} has no finite value"));
            var problem = FactorKeyRules.Check(f);
            if (problem is not null) errors.Add(new(f.Id, "unknown-key", $"{f.Id}: {problem}"));
            else if (f.Id != FactorKeyRules.ExpectedId(f))
                errors.Add(new(f.Id, "id-mismatch", $"{f.Id} should be {FactorKeyRules.ExpectedId(f)} for its keys"));
            if (f.Category == FactorCategories.Fuel && FactorKeys.IsFuelParameter(f.Parameter))
                fuelParameters[f.Code] = fuelParameters.GetValueOrDefault(f.Code) + 1;
        }
        foreach (var (fuel, count) in fuelParameters)
            if (count < 3) errors.Add(new(fuel, "incomplete-fuel", $"fuel '{fuel}' needs ncv, carbon-content and oxidation-rate"));
        foreach (var (method, parameter) in RequiredMethodParameters)
            if (release.Find(FactorKeys.MethodParameter(method, parameter)) is null)
                errors.Add(new(FactorKeys.MethodParameter(method, parameter), "missing-factor",
                    $"the method {method} needs the parameter {parameter}"));
        return errors;
    }
}
