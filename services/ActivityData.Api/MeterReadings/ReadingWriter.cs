using System.Data;
using System.Data.Common;
using CarbonPlatform.ActivityData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// Inserts readings with one prepared statement inside the import's transaction: a million rows would take EF's change
/// tracker minutes and gigabytes. The values are stored as the EF model stores them (the table is the model's), on
/// SQLite and SQL Server alike.
/// </summary>
public sealed class ReadingWriter : IAsyncDisposable
{
    private readonly DbCommand _insert;
    private readonly DbParameter _source, _readAt, _quantity, _fuel, _batch, _year, _month;
    private readonly bool _guidsAsText;
    private readonly Dictionary<Guid, string> _sourceText = new();

    private ReadingWriter(ActivityDb db, IDbContextTransaction transaction, Guid batchId)
    {
        var table = db.Model.FindEntityType(typeof(MeterReading))!.GetTableName();
        _guidsAsText = db.Database.IsSqlite(); // EF keeps GUIDs as upper-case TEXT there
        _insert = db.Database.GetDbConnection().CreateCommand();
        _insert.Transaction = transaction.GetDbTransaction();
        _insert.CommandText = $"INSERT INTO {Quote(db, table!)} (SourceId, ReadAt, Quantity, Fuel, BatchId, Year, Month) VALUES (@s, @t, @q, @f, @b, @y, @m)";
        _source = Add("@s");
        _readAt = Add("@t", DbType.DateTime2);
        _quantity = Add("@q", DbType.Double);
        _fuel = Add("@f", DbType.String);
        _batch = Add("@b");
        _year = Add("@y", DbType.Int32);
        _month = Add("@m", DbType.Int32);
        _batch.Value = _guidsAsText ? batchId.ToString("D").ToUpperInvariant() : batchId;
    }

    public static async Task<ReadingWriter> OpenAsync(ActivityDb db, IDbContextTransaction transaction, Guid batchId, CancellationToken ct)
    {
        var writer = new ReadingWriter(db, transaction, batchId);
        if (db.Database.IsSqlite())
        {
            // A bigger page cache for this connection's long transaction: the unique index stays in memory (64 MiB).
            await using var pragma = db.Database.GetDbConnection().CreateCommand();
            pragma.Transaction = transaction.GetDbTransaction();
            pragma.CommandText = "PRAGMA cache_size = -65536";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        await writer._insert.PrepareAsync(ct);
        return writer;
    }

    /// <summary>False when the source already has a reading at that time (the unique index refused it).</summary>
    public async Task<bool> TryInsertAsync(ReadingRow r, int year, CancellationToken ct)
    {
        _source.Value = _guidsAsText ? SourceText(r.SourceId) : r.SourceId;
        _readAt.Value = r.ReadAt;
        _quantity.Value = r.Quantity;
        _fuel.Value = (object?)r.Fuel ?? DBNull.Value;
        _year.Value = year;
        _month.Value = r.ReadAt.Month;
        try
        {
            await _insert.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (DbException e) when (IsDuplicate(e))
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _insert.DisposeAsync();

    private string SourceText(Guid source) =>
        _sourceText.TryGetValue(source, out var text) ? text : _sourceText[source] = source.ToString("D").ToUpperInvariant();

    private DbParameter Add(string name, DbType? type = null)
    {
        var p = _insert.CreateParameter();
        p.ParameterName = name;
        if (type is { } t) p.DbType = t;
        _insert.Parameters.Add(p);
        return p;
    }

    private static string Quote(ActivityDb db, string table) => db.Database.IsSqlite() ? $"\"{table}\"" : $"[{table}]";

    // SQLite: SQLITE_CONSTRAINT (19); SQL Server: 2601/2627 (unique index / constraint).
    private static bool IsDuplicate(DbException e) =>
        e.GetType().Name == "SqliteException" ? e.ErrorCode == 19 || e.Message.Contains("UNIQUE", StringComparison.Ordinal)
        : e.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase);
}
