using System.Data;
using System.Data.Common;
using CarbonPlatform.ActivityData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// Inserts readings inside the import's transaction with prepared statements of <see cref="Chunk"/> rows each (a million
/// rows through EF's change tracker would take minutes and gigabytes). A chunk the unique index refuses is inserted again
/// row by row, so each duplicate is named. Values are stored as the EF model stores them, on SQLite and SQL Server alike.
/// </summary>
public sealed class ReadingWriter : IAsyncDisposable
{
    public const int Chunk = 32;
    private const string Columns = "(SourceId, ReadAt, Quantity, Fuel, BatchId, Year, Month)";
    private readonly ActivityDb _db;
    private readonly DbCommand _many, _one;
    private readonly bool _sqlite;
    private readonly object _batch;
    private readonly int _year;
    private readonly List<(ReadingRow Reading, int Row)> _pending = new(Chunk);
    private readonly Dictionary<Guid, string> _sourceText = new();

    private ReadingWriter(ActivityDb db, IDbContextTransaction transaction, Guid batchId, int year)
    {
        _db = db;
        _sqlite = db.Database.IsSqlite(); // there EF keeps GUIDs as upper-case TEXT
        _batch = _sqlite ? batchId.ToString("D").ToUpperInvariant() : batchId;
        _year = year;
        var table = db.Model.FindEntityType(typeof(MeterReading))!.GetTableName()!;
        var quoted = _sqlite ? $"\"{table}\"" : $"[{table}]";
        _many = Command(transaction, $"INSERT INTO {quoted} {Columns} VALUES " + string.Join(", ", Enumerable.Range(0, Chunk).Select(Values)), Chunk);
        _one = Command(transaction, $"INSERT INTO {quoted} {Columns} VALUES {Values(0)}", 1);
    }

    /// <summary>File rows whose reading the source already had (in the database or earlier in the file).</summary>
    public List<int> DuplicateRows { get; } = [];

    public static async Task<ReadingWriter> OpenAsync(ActivityDb db, IDbContextTransaction transaction, Guid batchId, int year, CancellationToken ct)
    {
        var writer = new ReadingWriter(db, transaction, batchId, year);
        if (writer._sqlite)
        {
            // A bigger page cache for this connection's long transaction: the unique index stays in memory (64 MiB).
            await using var pragma = db.Database.GetDbConnection().CreateCommand();
            pragma.Transaction = transaction.GetDbTransaction();
            pragma.CommandText = "PRAGMA cache_size = -65536";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        await writer._many.PrepareAsync(ct);
        await writer._one.PrepareAsync(ct);
        return writer;
    }

    public async Task AddAsync(ReadingRow reading, int row, CancellationToken ct)
    {
        _pending.Add((reading, row));
        if (_pending.Count == Chunk) await FlushAsync(ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == Chunk && await TryExecuteAsync(_many, ct)) { _pending.Clear(); return; }
        foreach (var (reading, row) in _pending)
        {
            Bind(_one, 0, reading);
            if (!await TryExecuteAsync(_one, ct)) DuplicateRows.Add(row);
        }
        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _many.DisposeAsync();
        await _one.DisposeAsync();
    }

    private async Task<bool> TryExecuteAsync(DbCommand command, CancellationToken ct)
    {
        if (command == _many) for (var i = 0; i < Chunk; i++) Bind(_many, i, _pending[i].Reading);
        try
        {
            // SQLite's provider is synchronous underneath; its async path would only add a Task per statement.
            if (_sqlite) command.ExecuteNonQuery();
            else await command.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (DbException e) when (IsDuplicate(e))
        {
            return false;
        }
    }

    private void Bind(DbCommand command, int index, ReadingRow r)
    {
        var p = command.Parameters;
        var at = index * 7;
        p[at].Value = _sqlite ? SourceText(r.SourceId) : r.SourceId;
        p[at + 1].Value = r.ReadAt;
        p[at + 2].Value = r.Quantity;
        p[at + 3].Value = (object?)r.Fuel ?? DBNull.Value;
        p[at + 4].Value = _batch;
        p[at + 5].Value = _year;
        p[at + 6].Value = r.ReadAt.Month;
    }

    private DbCommand Command(IDbContextTransaction transaction, string sql, int rows)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        DbType?[] types = [null, DbType.DateTime2, DbType.Double, DbType.String, null, DbType.Int32, DbType.Int32];
        for (var row = 0; row < rows; row++)
            for (var c = 0; c < types.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{row * 7 + c}";
                if (types[c] is { } type) parameter.DbType = type;
                command.Parameters.Add(parameter);
            }
        return command;
    }

    private static string Values(int row) => "(" + string.Join(", ", Enumerable.Range(row * 7, 7).Select(i => $"@p{i}")) + ")";

    private string SourceText(Guid source) =>
        _sourceText.TryGetValue(source, out var text) ? text : _sourceText[source] = source.ToString("D").ToUpperInvariant();

    // SQLite: "UNIQUE constraint failed"; SQL Server: errors 2601/2627 ("Cannot insert duplicate key").
    private static bool IsDuplicate(DbException e) =>
        e.Message.Contains("UNIQUE constraint", StringComparison.Ordinal) || e.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase);
}
