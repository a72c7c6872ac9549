namespace CarbonPlatform.Client.Tests.Support;

/// <summary>A clock that stands still until told, and whose timers fire at once, recording how long they were asked to wait.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now = start;

    public TestClock() : this(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero)) { }

    public IReadOnlyList<TimeSpan> Waits { get { lock (_waits) return [.. _waits]; } }

    public override DateTimeOffset GetUtcNow() { lock (_waits) return _now; }

    public void Advance(TimeSpan by) { lock (_waits) _now += by; }

    /// <summary>A wait passes at once: the clock moves on by it and the callback runs.</summary>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_waits)
        {
            _waits.Add(dueTime);
            _now += dueTime;
        }
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
