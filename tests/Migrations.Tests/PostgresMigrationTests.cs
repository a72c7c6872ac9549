using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Xunit;

namespace CarbonPlatform.Migrations.Tests;

/// <summary>
/// PostgreSQL has migrations of its own per service (Data/Migrations/Postgres): the same checks as SQL Server's, and
/// each provider sees only its own migrations.
/// </summary>
public sealed class PostgresMigrationTests
{
    public static TheoryData<string> Services() => new(ServiceDatabases.All.Keys);

    [Theory]
    [MemberData(nameof(Services))]
    public void The_model_has_no_changes_that_a_postgres_migration_does_not_cover(string service)
    {
        using var db = ServiceDatabases.Create(service, DatabaseProvider.Postgres);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{service}: the model changed; add a PostgreSQL migration (see README, \"Migrations\")");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Each_provider_applies_only_the_migrations_generated_for_it(string service)
    {
        using var postgres = ServiceDatabases.Create(service, DatabaseProvider.Postgres);
        using var sqlServer = ServiceDatabases.Create(service, DatabaseProvider.SqlServer);
        var forPostgres = postgres.Database.GetMigrations().ToList();
        var forSqlServer = sqlServer.Database.GetMigrations().ToList();
        Assert.Empty(forPostgres.Intersect(forSqlServer));
        Assert.All(MigrationTypes(postgres), t => Assert.EndsWith(".Postgres", t.Namespace));
        Assert.All(MigrationTypes(sqlServer), t => Assert.DoesNotContain(".Postgres", t.Namespace));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_idempotent_postgres_migration_script_is_generated(string service)
    {
        using var db = ServiceDatabases.Create(service, DatabaseProvider.Postgres);
        var script = ServiceDatabases.Script(db);
        Assert.Contains("\"__EFMigrationsHistory\"", script);
        Assert.Contains("IF NOT EXISTS", script);
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct())
            Assert.Contains($"CREATE TABLE \"{table}\"", script);
        Assert.DoesNotMatch(@"\[[A-Z][A-Za-z]*\]", script); // no SQL Server quoting leaked into PostgreSQL's (index filters)
        ServiceDatabases.Keep(script, service + ".postgres.sql");
    }

    private static IEnumerable<Type> MigrationTypes(DbContext db) =>
        db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Migrations.Values.Select(t => t.AsType());
}
