namespace CarbonPlatform.Domain.Factors;

public static class FactorCategories
{
    public const string Electricity = "electricity";
    public const string Fuel = "fuel";
    public const string Carbonate = "carbonate";
    public const string Gwp = "gwp";
    public const string Method = "method";
    public const string GridRegion = "grid-region";

    public static bool IsKnown(string category) => category is Electricity or Fuel or Carbonate or Gwp or Method or GridRegion;
}
