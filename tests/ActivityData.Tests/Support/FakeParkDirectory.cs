using System.Collections.Concurrent;
using CarbonPlatform.ServiceDefaults.Tenancy;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>Stands in for the park registry: the parks the tests register, nothing else.</summary>
public sealed class FakeParkDirectory : IParkDirectory
{
    private readonly ConcurrentDictionary<Guid, ParkScope> _parks = new();

    public ParkScope Register(Guid operatorId, string regionCode = "320571")
    {
        var park = new ParkScope(Guid.NewGuid(), "Test park", regionCode, operatorId);
        _parks[park.ParkId] = park;
        return park;
    }

    public Task<ParkScope?> FindAsync(Guid parkId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_parks.GetValueOrDefault(parkId));
}
