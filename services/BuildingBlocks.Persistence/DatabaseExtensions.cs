using CarbonPlatform.ServiceDefaults.Health;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.BuildingBlocks.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// One EF model per service, three providers: SQLite files under the data folder (local, tests), SQL Server or
    /// PostgreSQL on a server (a cluster, or several replicas locally), chosen by <c>Database:Provider</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDb>(this IHostApplicationBuilder builder, string name) where TDb : DbContext
    {
        var provider = DatabaseProviders.From(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString(name) ?? DefaultSqlite(builder.Configuration, name);
        builder.Services.AddDbContext<TDb>((sp, o) =>
        {
            o.Use(provider, connectionString);
            // Other building blocks (the outbox) add theirs to the container.
            o.AddInterceptors([new VersionInterceptor(), .. sp.GetServices<IInterceptor>()]);
        });
        builder.Services.AddExceptionHandler<ConcurrencyExceptionHandler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TDb>($"database-{name}", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    private static string DefaultSqlite(IConfiguration configuration, string name)
    {
        var folder = configuration["Database:DataFolder"] ?? Path.Combine(AppContext.BaseDirectory, "data");
        Directory.CreateDirectory(folder);
        // Default Timeout makes a writer wait for a busy database instead of failing at once.
        return $"Data Source={Path.Combine(folder, name + ".db")};Default Timeout=30;Pooling=True";
    }

    /// <summary>
    /// Creates (SQLite) or migrates (SQL Server, PostgreSQL) the schema before the service takes traffic or messages. In a cluster
    /// the migration Job runs the service with <c>--migrate</c> (apply, then exit) and the pods start with
    /// <c>Database:MigrateOnStartup=false</c>. Returns false when the process should exit after migrating.
    /// </summary>
    /// <param name="afterMigrating">
    /// Data work that belongs to particular migrations, given the ones just applied (server providers only: a SQLite
    /// file is created at the current model and has no history to catch up on).
    /// </param>
    public static async Task<bool> InitializeDatabaseAsync<TDb>(this WebApplication app, string[] args,
        Func<TDb, IReadOnlyList<string>, CancellationToken, Task>? afterMigrating = null) where TDb : DbContext
    {
        var migrateOnly = args.Contains("--migrate");
        if (!migrateOnly && !app.Configuration.GetValue("Database:MigrateOnStartup", true)) return true;
        await app.StartupStepAsync($"initialising the {typeof(TDb).Name} database", async ct =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDb>();
            if (db.Database.IsSqlite())
            {
                await db.Database.EnsureCreatedAsync(ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
            else
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                await MigrateAsync(db, ct);
                if (afterMigrating is not null) await afterMigrating(db, pending, ct);
            }
        });
        return !migrateOnly;
    }

    /// <summary>
    /// EF holds a database-wide lock while it migrates, so replicas starting together apply each migration once. Only
    /// creating the database itself is not covered: a replica that loses that race to another simply tries again.
    /// </summary>
    private static async Task MigrateAsync(DbContext db, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (db.Database.IsNpgsql()) await PostgresMigrationLock.MigrateAsync(db, ct);
                else await db.Database.MigrateAsync(ct);
                return;
            }
            catch (Npgsql.PostgresException e) when (attempt < 5 && e.SqlState is "42P04" or "23505") // database exists / pg_database key
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
        }
    }
}
