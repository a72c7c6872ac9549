using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>The constants of the request's method, looked up once. Each method reads only its
/// own parameters: the two methods never share factors.</summary>
internal sealed class MethodConstants
{
    public FactorEntry? HeatFossilFactor { get; private init; }
    public FactorEntry? ElectricityFossilFactor { get; private init; }
    public FactorEntry? StandardCoalHeatValue { get; private init; }
    public FactorEntry? ElectricityEquivalentCoefficient { get; private init; }
    /// <summary>GWP values of the set in force, by gas (cers-2025).</summary>
    public Dictionary<string, FactorEntry>? Gwp { get; private init; }
    public string? GwpSet { get; private init; }
    /// <summary>The default-gwp-set parameter, when the request did not name a set.</summary>
    public FactorEntry? DefaultGwpSet { get; private init; }

    public static MethodConstants For(string method, CalculationRequest request, FactorRelease release, InputErrorList errors)
    {
        FactorEntry? Required(string parameter)
        {
            var entry = release.MethodParameter(method, parameter);
            if (entry is null)
                errors.Add("factorRelease", ErrorCodes.FactorMissing,
                    $"the release {release.Name} has no {FactorKeys.MethodParameter(method, parameter)}");
            return entry;
        }

        if (method == Methods.Ndrc910)
            return new MethodConstants
            {
                HeatFossilFactor = Required(FactorKeys.HeatFossilFactor),
                ElectricityFossilFactor = Required(FactorKeys.ElectricityFossilFactor),
                StandardCoalHeatValue = Required(FactorKeys.StandardCoalHeatValue),
                ElectricityEquivalentCoefficient = request.ElectricityEquivalentCoefficient is null
                    ? Required(FactorKeys.ElectricityEquivalentCoefficient) : null,
            };

        var defaultSet = request.GwpSet is null ? Required(FactorKeys.DefaultGwpSet) : null;
        var set = request.GwpSet ?? defaultSet?.Factor.Text;
        if (!FactorKeys.IsGwpSet(set)) set = null; // an unknown set is reported with the request's fields
        return new MethodConstants
        {
            HeatFossilFactor = Required(FactorKeys.HeatFossilFactor),
            GwpSet = set,
            DefaultGwpSet = defaultSet,
            Gwp = set is null ? null : release.GwpSet(set),
        };
    }
}
