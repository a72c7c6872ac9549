using System.Collections.Concurrent;
using CarbonPlatform.BuildingBlocks.Tenancy;

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

    /// <summary>An open application of the park is assigned to the body (what the park registry learns by event).</summary>
    public void AssignReviewer(Guid parkId, Guid bodyId) =>
        _parks[parkId] = _parks[parkId] with { ReviewingBodies = _parks[parkId].ReviewingBodies.Append(bodyId).ToHashSet() };

    public Task<ParkScope?> FindAsync(Guid parkId, CancellationToken cancellationToken = default, bool fresh = false) =>
        Task.FromResult(_parks.GetValueOrDefault(parkId));
}
