using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// A write that lost to a concurrent writer: a key or a concurrency token (a save's DbUpdateException), or a deadlock or
/// serialisation failure the server broke in a raw statement. Every provider runs without a retrying execution strategy
/// (see <see cref="DatabaseProviders"/>), so these reach the caller's own retry loop as they are, never wrapped.
/// </summary>
public static class LostRace
{
    public static bool Is(Exception e) => e is DbUpdateException
        || e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}
