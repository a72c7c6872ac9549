using System.Data.Common;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Errors a database answers while it restarts, fails over or is briefly unreachable: worth trying again. EF wraps the
/// provider's exception (a <c>DbUpdateException</c>, an <c>InvalidOperationException</c>), so the chain is searched.
/// </summary>
public static class TransientDatabaseErrors
{
    public static bool IsTransient(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 57P01–57P03: the server is shutting down or starting; class 08: the connection failed.
                case Npgsql.PostgresException pg when pg.SqlState.StartsWith("57P0", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case DbException db when db.IsTransient:
                    return true;
                case TimeoutException or System.Net.Sockets.SocketException or IOException:
                    return true;
            }
        }
        return false;
    }
}
