using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarbonPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's model for SQL Server, the provider migrations are for (SQLite
/// databases are created from the model directly). No database is contacted.
/// </summary>
public abstract class SqlServerDesignTimeFactory<TDb> : IDesignTimeDbContextFactory<TDb> where TDb : DbContext
{
    public TDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDb>().UseSqlServer("Server=design-time;Database=design-time").Options;
        return (TDb)Activator.CreateInstance(typeof(TDb), options)!;
    }
}
