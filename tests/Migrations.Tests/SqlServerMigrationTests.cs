extern alias identity;
extern alias registry;
extern alias activity;
extern alias factors;
extern alias accounting;
extern alias evaluation;
extern alias certification;
using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace CarbonPlatform.Migrations.Tests;

/// <summary>
/// In a cluster every database is SQL Server (or PostgreSQL, see PostgresMigrationTests) and its schema comes from migrations. These tests fail when a model
/// changed without a migration, and write each service's idempotent migration script (what a DBA or the migration
/// Job applies) under the test run's folder. No database server is needed.
/// </summary>
public sealed class SqlServerMigrationTests
{
    public static TheoryData<string> Services() => new(ServiceDatabases.All.Keys);

    [Theory]
    [MemberData(nameof(Services))]
    public void The_model_has_no_changes_that_a_migration_does_not_cover(string service)
    {
        using var db = ServiceDatabases.Create(service, DatabaseProvider.SqlServer);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{service}: the model changed; add a migration (dotnet ef migrations add <Name> --project services/...)");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_idempotent_migration_script_is_generated(string service)
    {
        using var db = ServiceDatabases.Create(service, DatabaseProvider.SqlServer);
        var script = ServiceDatabases.Script(db);
        Assert.Contains("__EFMigrationsHistory", script);
        Assert.Contains("IF NOT EXISTS", script);
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct())
            Assert.Contains($"CREATE TABLE [{table}]", script);

        ServiceDatabases.Keep(script, service + ".sql");
    }
}

internal static class ServiceDatabases
{
    public static readonly IReadOnlyDictionary<string, Type> All = new Dictionary<string, Type>
    {
        ["identity"] = typeof(identity::CarbonPlatform.Identity.Data.IdentityDb),
        ["park-registry"] = typeof(registry::CarbonPlatform.ParkRegistry.Data.RegistryDb),
        ["activity-data"] = typeof(activity::CarbonPlatform.ActivityData.Data.ActivityDb),
        ["emission-factors"] = typeof(factors::CarbonPlatform.EmissionFactors.Data.FactorsDb),
        ["accounting"] = typeof(accounting::CarbonPlatform.Accounting.Data.AccountingDb),
        ["evaluation"] = typeof(evaluation::CarbonPlatform.Evaluation.Data.EvaluationDb),
        ["certification"] = typeof(certification::CarbonPlatform.Certification.Data.CertificationDb),
    };

    /// <summary>A service's context as the service builds it for <paramref name="provider"/> (no database is contacted).</summary>
    public static DbContext Create(string service, DatabaseProvider provider)
    {
        var type = All[service];
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        builder.Use(provider, provider switch
        {
            DatabaseProvider.Postgres => "Host=unused;Database=unused",
            DatabaseProvider.Sqlite => "Data Source=unused.db",
            _ => "Server=unused;Database=unused",
        });
        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }

    public static string Script(DbContext db) => db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    /// <summary>Writes a generated script under the test run's folder (what a DBA or the migration Job applies).</summary>
    public static void Keep(string script, string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("CARBON_TEST_WORK") ?? AppContext.BaseDirectory, "migrations");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), script);
    }
}
