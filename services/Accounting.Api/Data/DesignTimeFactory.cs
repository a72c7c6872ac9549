using CarbonPlatform.BuildingBlocks.Persistence;

namespace CarbonPlatform.Accounting.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<AccountingDb>;
