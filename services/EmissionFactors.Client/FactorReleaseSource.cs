using System.Collections.Concurrent;
using CarbonPlatform.Accounting.Engine.Factors;
using CarbonPlatform.Contracts.Grpc.EmissionFactors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Factor = CarbonPlatform.Accounting.Engine.Factors.Factor;
using ProtoFactor = CarbonPlatform.Contracts.Grpc.EmissionFactors.Factor;
using CarbonPlatform.ServiceDefaults.ServiceTokens;

namespace CarbonPlatform.EmissionFactors.Client;

/// <summary>
/// Factor releases as the engine needs them. A named release never changes, so it is fetched once; which release is
/// the default can change (a newer one is published), so that name is asked again after a short while or on demand.
/// </summary>
public sealed class FactorReleaseSource(FactorCatalog.FactorCatalogClient client, TimeProvider clock)
{
    private static readonly TimeSpan DefaultNameLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, FactorRelease> _releases = new(StringComparer.Ordinal);
    private (string Name, DateTimeOffset At)? _default;

    /// <summary>The named release, or the default one when <paramref name="name"/> is null; null when it does not exist.</summary>
    public async Task<FactorRelease?> GetAsync(string? name, CancellationToken ct)
    {
        if (name is null && _default is { } d && clock.GetUtcNow() - d.At < DefaultNameLifetime) name = d.Name;
        if (name is not null && _releases.TryGetValue(name, out var cached)) return cached;

        var reply = await client.GetReleaseAsync(new GetReleaseRequest { Release = name ?? "" }, cancellationToken: ct);
        if (!reply.Found) return null;
        var release = _releases.GetOrAdd(reply.Release, _ => new FactorRelease(reply.Release, reply.Factors.Select(ToFactor)));
        if (name is null) _default = (reply.Release, clock.GetUtcNow());
        return release;
    }

    /// <summary>Forget which release is the default (a release was just published).</summary>
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
