using Microsoft.EntityFrameworkCore.Storage;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// Where an import's checked readings are inserted, one at a time, inside the import's transaction. Synchronous: it
/// runs on the import's insert thread (<see cref="ReadingInserter"/>), never on a request thread.
/// </summary>
public interface IReadingSink : IDisposable
{
    /// <summary>False when the source already has a reading at that time (the unique index refused it).</summary>
    bool TryInsert(in ReadingRow reading);
}

public static class ReadingSink
{
    /// <summary>
    /// SQLite gets its own statement on the connection's native handle: binding through ADO.NET costs more than the
    /// insert itself (docs/benchmarks.md). SQL Server and PostgreSQL get a prepared ADO.NET command.
    /// </summary>
    public static async Task<IReadingSink> OpenAsync(ActivityDb db, IDbContextTransaction transaction, Guid batchId, int year, CancellationToken ct)
    {
        var table = db.Model.FindEntityType(typeof(MeterReading))!.GetTableName()!;
        if (db.Database.IsSqlite()) return SqliteReadingSink.Open(db, table, batchId, year);
        return await CommandReadingSink.OpenAsync(db, transaction, table, batchId, year, ct);
    }

    /// <summary>The columns every sink writes, in the order of its parameters.</summary>
    public static string InsertSql(string quotedTable) =>
        $"INSERT INTO {quotedTable} (SourceId, ReadAt, Quantity, Fuel, BatchId, Year, Month) VALUES (@s, @t, @q, @f, @b, @y, @m)";

    /// <summary>
    /// PostgreSQL's: its identifiers are case-sensitive only when quoted, and a failed statement aborts the whole
    /// transaction, so a duplicate is skipped by the database (no row inserted) instead of raising an error.
    /// </summary>
    public static string PostgresInsertSql(string table) =>
        $"""INSERT INTO "{table}" ("SourceId", "ReadAt", "Quantity", "Fuel", "BatchId", "Year", "Month") VALUES (@s, @t, @q, @f, @b, @y, @m) ON CONFLICT ("SourceId", "ReadAt") DO NOTHING""";
}
