using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Replicas starting together on one PostgreSQL database migrate one at a time. EF's own lock on PostgreSQL lasts one
/// migration's transaction, so a second replica could start the next migration beside the first and fail on a column
/// that already exists (FactorSeedingRaceTests). A session-level advisory lock, held on one open connection for the
/// whole run, makes the others wait and then find nothing left to apply.
/// </summary>
public static class PostgresMigrationLock
{
    /// <summary>Any constant: advisory locks are per database, and each service has its own.</summary>
    private const long Key = 0x43_41_52_42_4F_4E_4D; // "CARBONM"

    public static async Task MigrateAsync(DbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try { await creator.CreateAsync(ct); }
            catch (PostgresException e) when (e.SqlState is "42P04" or "23505") { } // another replica created it first
        }
        await db.Database.OpenConnectionAsync(ct);
        var timeout = db.Database.GetCommandTimeout();
        try
        {
            // Waiting for another replica's migrations may take longer than any one command may.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock({0})", [Key], ct);
            db.Database.SetCommandTimeout(timeout);
            try { await db.Database.MigrateAsync(ct); }
            finally { await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock({0})", [Key], CancellationToken.None); }
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
            await db.Database.CloseConnectionAsync();
        }
    }
}
