using MassTransit;
using CarbonPlatform.BuildingBlocks.Messaging;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.Testing;

/// <summary>A service's consumers on MassTransit's in-memory harness, over a SQLite file of their own: events delivered one by one.</summary>
public sealed class ConsumerWorld<TDb> : IAsyncDisposable where TDb : DbContext
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carbon-consumers-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;
    private ITestHarness Harness => _services.GetRequiredService<ITestHarness>();

    private ConsumerWorld(Action<IBusRegistrationConfigurator> consumers)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddDbContext<TDb>(o => o.UseSqlite($"Data Source={_file}"));
        services.AddMassTransitTestHarness(consumers);
        // The harness stops waiting after a quiet spell; a consumer's first run (EF building its model) may be one.
        services.Configure<TestHarnessOptions>(o => (o.TestInactivityTimeout, o.TestTimeout) = (TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2)));
        _services = services.BuildServiceProvider();
    }

    public static async Task<ConsumerWorld<TDb>> StartAsync(Action<IBusRegistrationConfigurator> consumers)
    {
        var world = new ConsumerWorld<TDb>(consumers);
        await world.WithDbAsync(db => db.Database.EnsureCreatedAsync());
        await world.Harness.Start();
        return world;
    }

    /// <summary>Delivers each event in turn, each handled (its inbox row committed) before the next is sent.</summary>
    public async Task DeliverAsync(IEnumerable<object> events)
    {
        foreach (var message in events)
        {
            var id = NewId.NextGuid();
            await Harness.Bus.Publish(message, c => c.MessageId = id);
            var deadline = DateTime.UtcNow.AddSeconds(90); // generous: a loaded machine JIT-compiles the first consumer slowly
            while (!await WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == id)))
            {
                var failed = Harness.Consumed.Select(m => m.Context.MessageId == id && m.Exception is not null).FirstOrDefault();
                Assert.True(failed is null, $"{message.GetType().Name} failed: {failed?.Exception}");
                Assert.True(DateTime.UtcNow < deadline, $"{message.GetType().Name} was not handled in 90 s");
                await Task.Delay(20);
            }
        }
    }

    public async Task<T> WithDbAsync<T>(Func<TDb, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { File.Delete(_file); } catch (IOException) { /* a temp file */ }
    }
}
