namespace CarbonPlatform.Accounting.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<AccountingDb>;
