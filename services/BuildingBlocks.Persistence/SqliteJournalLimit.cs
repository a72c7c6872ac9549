using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// A SQLite file's write-ahead log keeps the size of its busiest moment unless told otherwise: after a checkpoint has
/// copied the log into the database, this truncates it to 4 MiB. The setting lives on the connection, so every
/// connection EF opens gets it.
/// </summary>
public sealed class SqliteJournalLimit : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA journal_size_limit = 4194304;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
