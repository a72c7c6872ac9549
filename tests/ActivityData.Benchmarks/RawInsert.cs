using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CarbonPlatform.ActivityData.Benchmarks;

/// <summary>
/// The floor to compare with: the same rows, already in memory, inserted into a fresh SQLite file with the service's
/// MeterReadings schema (same columns and indexes, the same 64 MiB page cache), with the service's 32-row prepared
/// statements in one transaction. No parsing, no checks, no hashing.
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
                // The same statements as the service: 32 rows each (see ReadingWriter.Chunk), the rest one by one.
                using var many = Insert(connection, transaction, Chunk);
                using var one = Insert(connection, transaction, 1);
                var i = 0;
                for (; i + Chunk <= rowsInMemory.Length; i += Chunk)
                {
                    for (var r = 0; r < Chunk; r++) Bind(many, r, rowsInMemory[i + r], batch, year);
                    many.ExecuteNonQuery();
                }
                for (; i < rowsInMemory.Length; i++)
                {
                    Bind(one, 0, rowsInMemory[i], batch, year);
                    one.ExecuteNonQuery();
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

    private const int Chunk = 32;

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO \"MeterReadings\" (SourceId, ReadAt, Quantity, Fuel, BatchId, Year, Month) VALUES "
            + string.Join(", ", Enumerable.Range(0, rows).Select(r => $"(@s{r}, @t{r}, @q{r}, NULL, @b{r}, @y{r}, @m{r})"));
        for (var r = 0; r < rows; r++)
            foreach (var name in new[] { "s", "t", "q", "b", "y", "m" }) command.Parameters.Add(new SqliteParameter($"@{name}{r}", null));
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, int r, (Guid Source, DateTime At, double Quantity) row, string batch, int year)
    {
        var p = command.Parameters;
        p[r * 6].Value = row.Source.ToString("D").ToUpperInvariant();
        p[r * 6 + 1].Value = row.At;
        p[r * 6 + 2].Value = row.Quantity;
        p[r * 6 + 3].Value = batch;
        p[r * 6 + 4].Value = year;
        p[r * 6 + 5].Value = row.At.Month;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
