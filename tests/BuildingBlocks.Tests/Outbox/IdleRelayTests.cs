using System.Data.Common;
using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Persistence;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

public sealed class IdleRelayTests
{
    // Today the relay's own SaveChanges (OutboxDispatcher.cs line 73, even with nothing to save) passes the
    // OutboxSaveChangesInterceptor, which notifies the signal, so the wait at line 39 returns at once: an idle relay
    // queries its outbox several hundred times a second instead of once a second. See the test project's report.
    [Fact]
    public async Task An_idle_relay_looks_at_its_outbox_about_once_a_second()
    {
        var file = Path.Combine(Path.GetTempPath(), $"carbon-idle-relay-{Guid.NewGuid():N}.db");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:idle"] = $"Data Source={file};Pooling=False";
        builder.Services.AddLogging();
        builder.AddServiceDatabase<CountedDb>("idle");
        builder.AddOutbox();
        builder.Services.AddSingleton(UnconfirmedBus.Create().Bus);
        builder.Services.AddHostedService<OutboxDispatcher<CountedDb>>();
        using var host = builder.Build();
        using (var scope = host.Services.CreateScope()) await scope.ServiceProvider.GetRequiredService<CountedDb>().Database.EnsureCreatedAsync();

        await host.StartAsync();
        // Measured from the relay's first look, so a slow start on a busy machine is not mistaken for an idle relay.
        var started = DateTime.UtcNow;
        while (Volatile.Read(ref CountedDb.OutboxQueries) == 0 && DateTime.UtcNow - started < TimeSpan.FromSeconds(30)) await Task.Delay(20);
        var before = Volatile.Read(ref CountedDb.OutboxQueries);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var during = Volatile.Read(ref CountedDb.OutboxQueries) - before;
        await host.StopAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(file);

        Assert.True(before > 0, "the relay never looked at its outbox");
        Assert.InRange(during, 1, 5);
    }

    public sealed class CountedDb(DbContextOptions<CountedDb> options) : DbContext(options)
    {
        public static int OutboxQueries;

        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.AddInterceptors(new QueryCounter());

        protected override void OnModelCreating(ModelBuilder model) => model.AddOutboxAndInbox();

        private sealed class QueryCounter : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
                CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                if (command.CommandText.Contains("FROM \"OutboxMessages\"")) Interlocked.Increment(ref OutboxQueries);
                return ValueTask.FromResult(result);
            }
        }
    }
}
