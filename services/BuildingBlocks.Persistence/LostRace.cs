using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// A save that lost to a concurrent writer: a key, a concurrency token, or a deadlock the server broke. Npgsql's retrying
/// strategy cannot retry inside a transaction the caller opened, so it hands such a failure back wrapped in an
/// InvalidOperationException ("likely due to a transient failure"): the caller's own retry loop must see through it.
/// </summary>
public static class LostRace
{
    public static bool Is(Exception e) => e is DbUpdateException || e is InvalidOperationException { InnerException: DbUpdateException };
}
