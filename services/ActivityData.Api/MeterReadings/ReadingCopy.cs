using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// PostgreSQL's way in for an import's readings: one binary COPY of the whole spool, inside the import's transaction
/// (docs/benchmarks.md: a row-by-row INSERT costs a round trip per reading). COPY cannot skip a duplicate, so it runs
/// under a savepoint: when the unique (source, time) index refuses a row, the copy is rolled back and the caller inserts
/// row by row to report each duplicate (the import fails either way; only the report needs the slow path).
/// </summary>
public static class ReadingCopy
{
    private const string Savepoint = "readings_copy";

    /// <summary>True when every reading was copied; false on another provider or when a duplicate refused the copy (nothing copied).</summary>
    public static async Task<bool> TryCopyAsync(ActivityDb db, IDbContextTransaction transaction, ReadingSpool spool, Guid batchId, int year,
        CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return false;
        var table = db.Model.FindEntityType(typeof(MeterReading))!.GetTableName()!;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await transaction.CreateSavepointAsync(Savepoint, ct);
        try
        {
            // Synchronous writes on a pool thread: they only block when Npgsql's buffer goes out, and an await per field would cost more than the copy.
            await Task.Run(() => Copy(connection, table, spool, batchId, year), ct);
            await transaction.ReleaseSavepointAsync(Savepoint, ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, ct);
            return false;
        }
    }

    public static string CopySql(string table) =>
        $"""COPY "{table}" ("SourceId", "ReadAt", "Quantity", "Fuel", "BatchId", "Year", "Month") FROM STDIN (FORMAT BINARY)""";

    private static void Copy(NpgsqlConnection connection, string table, ReadingSpool spool, Guid batchId, int year)
    {
        using var copy = connection.BeginBinaryImport(CopySql(table));
        foreach (var (r, _) in spool.ReadAll())
        {
            copy.StartRow();
            copy.Write(r.SourceId, NpgsqlDbType.Uuid);
            copy.Write(r.ReadAt, NpgsqlDbType.Timestamp);
            copy.Write(r.Quantity, NpgsqlDbType.Double);
            if (r.Fuel is null) copy.WriteNull();
            else copy.Write(r.Fuel, NpgsqlDbType.Varchar);
            copy.Write(batchId, NpgsqlDbType.Uuid);
            copy.Write(year, NpgsqlDbType.Integer);
            copy.Write(r.ReadAt.Month, NpgsqlDbType.Integer);
        }
        copy.Complete();
    }
}
