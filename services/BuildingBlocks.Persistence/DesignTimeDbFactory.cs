using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's model for a server provider: SQL Server by default,
/// PostgreSQL with `-- --provider Postgres` (SQLite databases are created from the model directly). No database is
/// contacted.
/// </summary>
public abstract class DesignTimeDbFactory<TDb> : IDesignTimeDbContextFactory<TDb> where TDb : DbContext
{
    public TDb CreateDbContext(string[] args)
    {
        var i = Array.IndexOf(args, "--provider");
        var provider = DatabaseProviders.Parse(i >= 0 && i + 1 < args.Length ? args[i + 1] : "SqlServer");
        var connection = provider == DatabaseProvider.Postgres ? "Host=design-time;Database=design-time" : "Server=design-time;Database=design-time";
        var options = new DbContextOptionsBuilder<TDb>().Use(provider, connection).Options;
        return (TDb)Activator.CreateInstance(typeof(TDb), options)!;
    }
}
