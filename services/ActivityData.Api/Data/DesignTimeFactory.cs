namespace CarbonPlatform.ActivityData.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<ActivityDb>;
