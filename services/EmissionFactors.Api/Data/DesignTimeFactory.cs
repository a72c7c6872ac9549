namespace CarbonPlatform.EmissionFactors.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<FactorsDb>;
