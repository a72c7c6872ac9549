using CarbonPlatform.ServiceDefaults.Configuration;
using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using CarbonPlatform.ServiceDefaults.ServiceTokens;

namespace CarbonPlatform.BuildingBlocks.Tenancy;

/// <summary>Looks parks up in the park registry (gRPC) so each service can apply the tenancy rules itself.</summary>
public interface IParkDirectory
{
    /// <param name="fresh">Skip the cache: a certification body's access ends the moment its review does, an enterprise's the moment its grant is withdrawn.</param>
    Task<ParkScope?> FindAsync(Guid parkId, CancellationToken cancellationToken = default, bool fresh = false);
}

internal sealed class GrpcParkDirectory(ParkDirectory.ParkDirectoryClient client, IMemoryCache cache) : IParkDirectory
{
    // A park's operator and region almost never change; a short cache keeps authorisation off the hot path.
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<ParkScope?> FindAsync(Guid parkId, CancellationToken cancellationToken = default, bool fresh = false)
    {
        if (!fresh && cache.TryGetValue(parkId, out ParkScope? cached)) return cached;
        var reply = await client.GetParkAsync(new GetParkRequest { ParkId = parkId.ToString() }, cancellationToken: cancellationToken);
        if (!reply.Found) return null;
        var park = new ParkScope(parkId, reply.Name, reply.RegionCode, Guid.Parse(reply.OperatorOrganizationId))
        {
            ReviewingBodies = reply.ReviewingBodyIds.Select(Guid.Parse).ToHashSet(),
            TotalsReaders = reply.TotalsReaderIds.Select(Guid.Parse).ToHashSet(),
        };
        cache.Set(parkId, park, Lifetime);
        return park;
    }
}

public static class ParkDirectoryExtensions
{
    public static IHostApplicationBuilder AddParkDirectory(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddGrpcClient<ParkDirectory.ParkDirectoryClient>(o =>
            o.Address = new Uri(builder.Configuration.Require("Services:ParkRegistry:Grpc"))).AddServiceToken("park-registry");
        builder.Services.AddSingleton<IParkDirectory, GrpcParkDirectory>();
        return builder;
    }
}
