namespace CarbonPlatform.Identity.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<IdentityDb>;
