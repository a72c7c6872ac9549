using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CarbonPlatform.ActivityData.Benchmarks;

/// <summary>
/// The floor to compare with: the same rows, already in memory, inserted into a fresh SQLite file with the service's
/// MeterReadings schema (same columns and indexes, the same 64 MiB page cache) by one prepared statement in one
/// transaction, through SQLite's own statement API as the service does. No parsing, no checks, no hashing, and the
/// default rollback journal (the service's database is in WAL mode, which writes each page twice).
/// </summary>
public static class RawInsert
{
    public static TimeSpan Run(Guid[] sources, int rows, int year)
    {
        var rowsInMemory = ReadingsFile.Rows(sources, rows, year).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"carbon-raw-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            Execute(connection, """
                CREATE TABLE "MeterReadings" ("Id" INTEGER NOT NULL CONSTRAINT "PK_MeterReadings" PRIMARY KEY AUTOINCREMENT, "SourceId" TEXT NOT NULL,
                  "ReadAt" TEXT NOT NULL, "Quantity" REAL NOT NULL, "Fuel" TEXT NULL, "BatchId" TEXT NOT NULL, "Year" INTEGER NOT NULL, "Month" INTEGER NOT NULL);
                CREATE UNIQUE INDEX "IX_MeterReadings_SourceId_ReadAt" ON "MeterReadings" ("SourceId", "ReadAt");
                PRAGMA cache_size = -65536;
                """);
            var batch = Guid.NewGuid().ToString("D").ToUpperInvariant();
            var watch = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            {
                var db = connection.Handle!;
                Check(db, raw.sqlite3_prepare_v2(db, "INSERT INTO \"MeterReadings\" (SourceId, ReadAt, Quantity, Fuel, BatchId, Year, Month) VALUES (@s, @t, @q, NULL, @b, @y, @m)", out var insert));
                raw.sqlite3_bind_text(insert, 4, batch);
                raw.sqlite3_bind_int(insert, 5, year);
                var text = sources.ToDictionary(s => s, s => Encoding.ASCII.GetBytes(s.ToString("D").ToUpperInvariant()));
                Span<byte> time = stackalloc byte[32];
                foreach (var (source, at, quantity) in rowsInMemory)
                {
                    at.TryFormat(time, out var length, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
                    raw.sqlite3_bind_text(insert, 1, text[source]);
                    raw.sqlite3_bind_text(insert, 2, time[..length]);
                    raw.sqlite3_bind_double(insert, 3, quantity);
                    raw.sqlite3_bind_int(insert, 6, at.Month);
                    if (raw.sqlite3_step(insert) != raw.SQLITE_DONE) throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
                    raw.sqlite3_reset(insert);
                }
                raw.sqlite3_finalize(insert);
                transaction.Commit();
            }
            return watch.Elapsed;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK) throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
