extern alias factors;
using CarbonPlatform.BuildingBlocks.Persistence;
using factors::CarbonPlatform.EmissionFactors.Data;
using factors::CarbonPlatform.EmissionFactors.Releases;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace CarbonPlatform.Migrations.Tests;

/// <summary>
/// Replicas of emission-factors starting together on an empty PostgreSQL database (#15): each migrates (one at a time:
/// with EF's lock alone a second replica failed on a column the first had just added) and seeds the
/// shipped releases; none fails, and each release is stored once, with one default.
/// </summary>
public sealed class FactorSeedingRaceTests
{
    private static string Server => Environment.GetEnvironmentVariable("CARBON_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CARBON_TEST_POSTGRES is not set: run the suite with ./carbon test, which starts PostgreSQL.");

    [Fact]
    public async Task Three_replicas_starting_at_once_on_an_empty_database_store_the_shipped_releases_once()
    {
        var postgres = DatabaseProviders.Parse("Postgres"); // as the services choose it (which also sets Npgsql's timestamp mapping)
        var database = "seed_race_" + Guid.NewGuid().ToString("N")[..8];
        await using (var server = new NpgsqlConnection(Server))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", server);
            await create.ExecuteNonQueryAsync();
        }
        var connection = $"{Server};Database={database}";
        FactorsDb Replica()
        {
            var options = new DbContextOptionsBuilder<FactorsDb>();
            options.Use(postgres, connection);
            return new FactorsDb(options.Options);
        }

        using var together = new Barrier(3);
        var starts = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var db = Replica();
            together.SignalAndWait();
            await PostgresMigrationLock.MigrateAsync(db, CancellationToken.None); // what each replica runs at start-up
            await ShippedReleaseSeeder.SeedAsync(db);
        })).ToList();
        await Task.WhenAll(starts); // a replica that lost a race and failed would throw here

        await using var check = Replica();
        var releases = await check.Releases.AsNoTracking().OrderBy(r => r.Name).ToListAsync();
        Assert.Equal(["cn-2025.1", ShippedReleaseSeeder.Update2026], releases.Select(r => r.Name));
        Assert.Equal(["cn-2025.1"], releases.Where(r => r.IsDefault).Select(r => r.Name));
        foreach (var release in releases)
            Assert.Equal(release.FactorCount, await check.Factors.CountAsync(f => f.Release == release.Name));
        // The update is announced once, as one publication.
        Assert.Equal(1, await check.Set<CarbonPlatform.BuildingBlocks.Messaging.OutboxMessage>().CountAsync());
        NpgsqlConnection.ClearAllPools();
    }
}
