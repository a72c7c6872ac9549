namespace CarbonPlatform.ParkRegistry.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<RegistryDb>;
