using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CarbonPlatform.BuildingBlocks.Tests.Persistence;

public sealed class StartupRetryTests
{
    private readonly SteppedClock _clock = new();
    private readonly List<TimeSpan> _waits = [];

    private Task Run(Func<CancellationToken, Task> step, TimeSpan? limit = null) =>
        StartupRetry.RunAsync("test step", step, limit ?? TimeSpan.FromMinutes(2), NullLogger.Instance, _clock,
            (wait, _) => { _waits.Add(wait); _clock.Advance(wait); return Task.CompletedTask; }, CancellationToken.None);

    private static PostgresException Postgres(string sqlState) => new("server says no", "FATAL", "FATAL", sqlState);

    [Fact]
    public async Task A_step_that_meets_a_restarting_database_is_tried_again_until_it_succeeds()
    {
        var attempts = 0;
        await Run(_ => ++attempts < 3 ? throw Postgres("57P01") : Task.CompletedTask);

        Assert.Equal(3, attempts);
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1)], _waits);
    }

    [Fact]
    public async Task A_transient_error_wrapped_by_EF_is_recognised()
    {
        var attempts = 0;
        await Run(_ => ++attempts < 2 ? throw new DbUpdateException("saving failed", Postgres("57P03")) : Task.CompletedTask);

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_step_that_fails_for_another_reason_fails_the_start_at_once()
    {
        var attempts = 0;
        var error = await Assert.ThrowsAsync<PostgresException>(() => Run(_ => { attempts++; throw Postgres("42P01"); }));

        Assert.Equal("42P01", error.SqlState);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_database_away_longer_than_the_limit_fails_the_start()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<PostgresException>(() => Run(_ => { attempts++; throw Postgres("57P01"); }, TimeSpan.FromSeconds(30)));

        Assert.True(_clock.Elapsed >= TimeSpan.FromSeconds(30), $"gave up after {_clock.Elapsed}");
        Assert.InRange(attempts, 5, 10); // 0.5 + 1 + 2 + 4 + 8 + 8 + 8 s of waiting reach 30 s
        Assert.All(_waits, w => Assert.True(w <= TimeSpan.FromSeconds(8)));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_at_all_is_transient()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=x;Timeout=3");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.OpenAsync());

        Assert.True(TransientDatabaseErrors.IsTransient(error), error.ToString());
    }

    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks;
        public TimeSpan Elapsed => TimeSpan.FromTicks(_ticks);
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _ticks;
        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
