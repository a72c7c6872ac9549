using System.Collections.Concurrent;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Contracts.Grpc.EmissionFactors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Factor = CarbonPlatform.Domain.Factors.Factor;
using ProtoFactor = CarbonPlatform.Contracts.Grpc.EmissionFactors.Factor;
using CarbonPlatform.ServiceDefaults.ServiceTokens;

namespace CarbonPlatform.EmissionFactors.Client;

/// <summary>
/// Factor releases as the engine needs them. A named release never changes, so it is fetched once. Which release is the
/// default can change at any time, and on any replica's watch: a read may use a name a few seconds old, a
/// recomputation asks the factors service afresh (<see cref="GetCurrentDefaultAsync"/>), so no replica depends on
/// having consumed the event itself.
/// </summary>
public sealed class FactorReleaseSource(FactorCatalog.FactorCatalogClient client, TimeProvider clock)
{
    private static readonly TimeSpan DefaultNameLifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, FactorRelease> _releases = new(StringComparer.Ordinal);
    private volatile DefaultName? _default;

    private sealed record DefaultName(string Name, DateTimeOffset At);

    /// <summary>The named release, or the default one (a name at most a few seconds old) when <paramref name="name"/> is null; null when it does not exist.</summary>
    public async Task<FactorRelease?> GetAsync(string? name, CancellationToken ct)
    {
        name ??= await DefaultNameAsync(DefaultNameLifetime, ct);
        if (name is null) return null;
        if (_releases.TryGetValue(name, out var cached)) return cached;
        var reply = await client.GetReleaseAsync(new GetReleaseRequest { Release = name }, cancellationToken: ct);
        if (!reply.Found) return null;
        return _releases.GetOrAdd(reply.Release, _ => new FactorRelease(reply.Release, reply.Factors.Select(ToFactor)));
    }

    /// <summary>The release that is the default at the factors service now: what a recomputation must use.</summary>
    public async Task<FactorRelease?> GetCurrentDefaultAsync(CancellationToken ct) =>
        await DefaultNameAsync(TimeSpan.Zero, ct) is { } name ? await GetAsync(name, ct) : null;

    /// <summary>The default release's name for a read (at most a few seconds old).</summary>
    public Task<string?> DefaultNameAsync(CancellationToken ct) => DefaultNameAsync(DefaultNameLifetime, ct);

    /// <summary>The default release's name, no older than <paramref name="maxAge"/> (zero: asked now).</summary>
    public async Task<string?> DefaultNameAsync(TimeSpan maxAge, CancellationToken ct)
    {
        if (_default is { } d && clock.GetUtcNow() - d.At < maxAge) return d.Name;
        var reply = await client.GetDefaultReleaseAsync(new GetDefaultReleaseRequest(), cancellationToken: ct);
        if (!reply.Found) return null;
        _default = new DefaultName(reply.Release, clock.GetUtcNow());
        return reply.Release;
    }

    /// <summary>Forget which release is the default (this replica heard of a change; the others find out within seconds).</summary>
    public void DefaultChanged() => _default = null;

    private static Factor ToFactor(ProtoFactor p) => new(p.Id, p.Category, p.Code, Null(p.Family), Null(p.Level), Null(p.Area),
        Null(p.Name), p.HasVintage ? p.Vintage : null, Null(p.Gas), Null(p.GwpSet), Null(p.Method), Null(p.Parameter), p.Value,
        Null(p.Text), p.Unit, Null(p.ActivityUnit), p.Source, p.Status, Null(p.Note));

    private static string? Null(string value) => value.Length == 0 ? null : value;
}

public static class FactorReleaseSourceExtensions
{
    public static IHostApplicationBuilder AddFactorReleaseSource(this IHostApplicationBuilder builder)
    {
        var address = builder.Configuration["Services:EmissionFactors:Grpc"]
            ?? throw new InvalidOperationException("Services:EmissionFactors:Grpc is not configured.");
        builder.Services.AddGrpcClient<FactorCatalog.FactorCatalogClient>(o => o.Address = new Uri(address)).AddServiceToken("emission-factors");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FactorReleaseSource>();
        return builder;
    }
}
