using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}

/// <summary>
/// The one place a provider is chosen and configured: by the services, by `dotnet ef` at design time and by the
/// migration tests, so all three build the same model and see the same migrations.
/// </summary>
public static class DatabaseProviders
{
    static DatabaseProviders()
    {
        // DateTime as `timestamp without time zone` whatever its Kind, as SQLite and SQL Server store it: the services
        // write UTC times and times read from files alike. Set before Npgsql maps its first type.
        AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);
    }

    public static DatabaseProvider From(IConfiguration configuration) => Parse(configuration["Database:Provider"]);

    public static DatabaseProvider Parse(string? name) => name switch
    {
        null or "" or "Sqlite" => DatabaseProvider.Sqlite,
        "SqlServer" => DatabaseProvider.SqlServer,
        "Postgres" => DatabaseProvider.Postgres,
        var other => throw new InvalidOperationException($"Database:Provider '{other}' is not supported (Sqlite, SqlServer or Postgres)."),
    };

    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            // The services open their own transactions and retry lost races themselves (LostRace); the providers' default
            // strategies would wrap a deadlock in an InvalidOperationException that those loops do not recognise.
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.ExecutionStrategy(d => new NonRetryingExecutionStrategy(d))),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.ExecutionStrategy(d => new NonRetryingExecutionStrategy(d))),
            _ => options.UseSqlite(connectionString).AddInterceptors(new SqliteJournalLimit()),
        };
        // Each server provider has its own migrations in the service's assembly (see ProviderMigrationsAssembly).
        return options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }
}
