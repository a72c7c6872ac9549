using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// A value read from the database for an observable gauge, at most once per <see cref="Lifetime"/> whatever the number of
/// scrapes (several Prometheus servers, a dashboard refreshing): the query must be cheap (an index seek), and a scrape
/// never waits longer than <see cref="Timeout"/> on it. A failed read keeps the last value and logs a warning.
/// </summary>
public sealed class CachedGauge<T>(IServiceScopeFactory scopes, Func<IServiceProvider, CancellationToken, Task<T>> read, ILogger log, string what)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);
    private readonly Lock _gate = new();
    private DateTime _readAt = DateTime.MinValue;
    private T? _value;
    private bool _hasValue;

    /// <summary>The value, or false when it was never read successfully.</summary>
    public bool TryGet(out T value)
    {
        lock (_gate)
        {
            if (DateTime.UtcNow - _readAt >= Lifetime)
            {
                _readAt = DateTime.UtcNow;
                try
                {
                    using var cts = new CancellationTokenSource(Timeout);
                    using var scope = scopes.CreateScope();
                    _value = read(scope.ServiceProvider, cts.Token).GetAwaiter().GetResult();
                    _hasValue = true;
                }
                catch (Exception e)
                {
                    log.LogWarning(e, "Metric {Metric} not read; the last value stays", what);
                }
            }
            value = _value!;
            return _hasValue;
        }
    }
}
