using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// Readings inserted through SQLite's own statement API on the EF connection (inside the import's transaction, begun
/// by EF), written exactly as EF writes them: GUIDs as upper-case text, times as "yyyy-MM-dd HH:mm:ss.FFFFFFF".
/// </summary>
public sealed class SqliteReadingSink : IReadingSink
{
    private const int UniqueViolation = 2067; // SQLITE_CONSTRAINT_UNIQUE
    private const int BusySnapshot = 517; // SQLITE_BUSY_SNAPSHOT
    private static readonly TimeSpan BusyWait = TimeSpan.FromSeconds(30);
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly Dictionary<Guid, byte[]> _sourceText = new();

    private SqliteReadingSink(sqlite3 db, sqlite3_stmt insert)
    {
        _db = db;
        _insert = insert;
    }

    public static SqliteReadingSink Open(ActivityDb context, string table, Guid batchId, int year)
    {
        var db = ((SqliteConnection)context.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("The import's connection is not open.");
        // A bigger page cache for this connection's long transaction keeps the unique index in memory (64 MiB).
        Check(db, raw.sqlite3_exec(db, "PRAGMA cache_size = -65536"));
        Check(db, raw.sqlite3_prepare_v2(db, ReadingSink.InsertSql($"\"{table}\""), out var insert));
        var sink = new SqliteReadingSink(db, insert);
        try
        {
            Check(db, raw.sqlite3_bind_text(insert, 5, Upper(batchId)));
            Check(db, raw.sqlite3_bind_int(insert, 6, year));
            return sink;
        }
        catch
        {
            sink.Dispose(); // the statement is finalized, then the failure goes on
            throw;
        }
    }

    public bool TryInsert(in ReadingRow r)
    {
        Span<byte> time = stackalloc byte[32];
        if (!r.ReadAt.TryFormat(time, out var length, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{r.ReadAt:O} does not format in 32 bytes.");
        Span<byte> fuel = stackalloc byte[256];
        var bound = raw.sqlite3_bind_text(_insert, 1, SourceText(r.SourceId))
            | raw.sqlite3_bind_text(_insert, 2, time[..length])
            | raw.sqlite3_bind_double(_insert, 3, r.Quantity)
            | (r.Fuel is null ? raw.sqlite3_bind_null(_insert, 4)
                : Encoding.UTF8.TryGetBytes(r.Fuel, fuel, out var fuelLength) ? raw.sqlite3_bind_text(_insert, 4, fuel[..fuelLength])
                : raw.sqlite3_bind_text(_insert, 4, r.Fuel))
            | raw.sqlite3_bind_int(_insert, 7, r.ReadAt.Month);
        if (bound != raw.SQLITE_OK) // SQLITE_OK is 0: any failed bind shows in the or
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), raw.sqlite3_errcode(_db));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var rc = raw.sqlite3_step(_insert);
            var extended = raw.sqlite3_extended_errcode(_db);
            raw.sqlite3_reset(_insert);
            if (rc == raw.SQLITE_DONE) return true;
            if (rc == raw.SQLITE_CONSTRAINT && extended == UniqueViolation) return false;
            // Another writer holds the database: wait for it as ADO.NET's command timeout would, then give up.
            // (Not a stale snapshot: waiting cannot help a transaction that read before another one wrote.)
            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && extended != BusySnapshot && waited.Elapsed < BusyWait) { Thread.Sleep(50); continue; }
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, extended);
        }
    }

    public void Dispose() => raw.sqlite3_finalize(_insert);

    private byte[] SourceText(Guid source) => _sourceText.TryGetValue(source, out var text) ? text : _sourceText[source] = Upper(source);

    private static byte[] Upper(Guid id) => Encoding.ASCII.GetBytes(id.ToString("D").ToUpperInvariant());

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }
}
