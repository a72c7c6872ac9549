namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>Running sums of one calculation. Gases and scope-3 categories are arrays indexed by
/// gas index and category number, so lines add without hashing.</summary>
internal sealed class Sums(int gasCount)
{
    public double Scope1, Scope2Location, Scope2Market, Scope3, Neutralisation;
    public double Co2, EnergyTce, InternationalBunkers;
    public double PurchasedMWh, GreenMWh, DirectSupplyMWh;

    public readonly double[] GasTonnes = new double[gasCount];
    public readonly double[] GasCo2e = new double[gasCount];
    public readonly bool[] GasSeen = new bool[gasCount];

    public readonly double[] Scope3ByCategory = new double[16];
    public readonly bool[] Scope3Seen = new bool[16];

    /// <summary>A direct (scope-1) emission of a gas under cers-2025.</summary>
    public void AddGas(int gas, double tonnes, double co2e)
    {
        GasTonnes[gas] += tonnes;
        GasCo2e[gas] += co2e;
        GasSeen[gas] = true;
    }

    public void AddScope3(int category, double co2e)
    {
        Scope3 += co2e;
        Scope3ByCategory[category] += co2e;
        Scope3Seen[category] = true;
    }
}
