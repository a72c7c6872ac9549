using CarbonPlatform.BuildingBlocks.Persistence;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Tests.Persistence;

public sealed class SqliteJournalLimitTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carbon-journal-limit-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_connection_a_service_opens_on_SQLite_caps_the_write_ahead_log_at_4_MiB()
    {
        var options = new DbContextOptionsBuilder<ParkDb>();
        options.Use(DatabaseProvider.Sqlite, $"Data Source={_file}");
        await using var db = new ParkDb(options.Options);
        await db.Database.EnsureCreatedAsync();

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_size_limit;";

        Assert.Equal(4L * 1024 * 1024, (long)(await command.ExecuteScalarAsync())!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
