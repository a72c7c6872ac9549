using CarbonPlatform.ServiceDefaults.Persistence;

namespace CarbonPlatform.ParkRegistry.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<RegistryDb>;
