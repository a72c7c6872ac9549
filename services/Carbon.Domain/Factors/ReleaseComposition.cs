namespace CarbonPlatform.Domain.Factors;

/// <summary>
/// How a release is built on top of an earlier one: every factor of the base, with the given ones replacing those of
/// the same id and the others added. The emission-factors service publishes (and seeds) releases this way.
/// </summary>
public static class ReleaseComposition
{
    public static FactorRelease OnTopOf(string name, IEnumerable<Factor> baseFactors, IReadOnlyCollection<Factor> given)
    {
        var replaced = given.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return new FactorRelease(name, baseFactors.Where(f => !replaced.Contains(f.Id)).Concat(given));
    }
}
