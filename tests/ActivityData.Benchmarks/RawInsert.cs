using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CarbonPlatform.ActivityData.Benchmarks;

/// <summary>
/// The floor to compare with: the same rows, already in memory, inserted into a fresh SQLite file with the service's
/// MeterReadings schema (same columns and indexes, the same 64 MiB page cache) by one prepared statement in one
/// transaction. No parsing, no checks, no hashing.
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
                CREATE INDEX "IX_MeterReadings_BatchId" ON "MeterReadings" ("BatchId");
                CREATE UNIQUE INDEX "IX_MeterReadings_SourceId_ReadAt" ON "MeterReadings" ("SourceId", "ReadAt");
                PRAGMA cache_size = -65536;
                """);
            var batch = Guid.NewGuid().ToString("D").ToUpperInvariant();
            var watch = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO \"MeterReadings\" (SourceId, ReadAt, Quantity, Fuel, BatchId, Year, Month) VALUES (@s, @t, @q, NULL, @b, @y, @m)";
                var s = insert.Parameters.Add("@s", SqliteType.Text);
                var t = insert.Parameters.Add("@t", SqliteType.Text);
                var q = insert.Parameters.Add("@q", SqliteType.Real);
                insert.Parameters.AddWithValue("@b", batch);
                insert.Parameters.AddWithValue("@y", year);
                var m = insert.Parameters.Add("@m", SqliteType.Integer);
                insert.Prepare();
                foreach (var (source, at, quantity) in rowsInMemory)
                {
                    s.Value = source.ToString("D").ToUpperInvariant();
                    t.Value = at;
                    q.Value = quantity;
                    m.Value = at.Month;
                    insert.ExecuteNonQuery();
                }
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
