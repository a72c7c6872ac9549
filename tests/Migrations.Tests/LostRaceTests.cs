extern alias registry;
using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using registry::CarbonPlatform.ParkRegistry.Data;
using Xunit;

namespace CarbonPlatform.Migrations.Tests;

/// <summary>
/// Every service retries a lost race in its own loop, inside a transaction it opened: the provider's execution strategy
/// must hand the failure back as it is, on every provider, or those loops miss it and answer 500.
/// </summary>
public sealed class LostRaceTests
{
    static DbUpdateException Deadlock() =>
        new("deadlock detected", new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_save_that_lost_a_deadlock_reaches_the_callers_loop_as_a_DbUpdateException(DatabaseProvider provider)
    {
        using var db = (RegistryDb)ServiceDatabases.Create("park-registry", provider);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.CreateExecutionStrategy().ExecuteAsync<int>(() => throw Deadlock()));

        Assert.IsType<DbUpdateException>(thrown);
        Assert.True(LostRace.Is(thrown));
    }

    [Fact]
    public async Task A_timeout_SQL_Server_counts_as_transient_is_not_wrapped_either()
    {
        using var db = (RegistryDb)ServiceDatabases.Create("park-registry", DatabaseProvider.SqlServer);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.CreateExecutionStrategy().ExecuteAsync<int>(() => throw new DbUpdateException("timeout", new TimeoutException())));

        Assert.IsType<DbUpdateException>(thrown);
    }

    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected, true)]
    [InlineData(PostgresErrorCodes.SerializationFailure, true)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, false)]
    [InlineData(PostgresErrorCodes.UndefinedTable, false)]
    public void A_raw_statement_broken_by_the_server_is_a_lost_race_and_a_refusal_is_not(string sqlState, bool lost) =>
        Assert.Equal(lost, LostRace.Is(new PostgresException("x", "ERROR", "ERROR", sqlState)));
}
