using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;

namespace CarbonPlatform.ParkRegistry.Tests;

/// <summary>The internal gRPC directory other services authorise with.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class ParkDirectoryGrpcTests(Platform platform)
{
    [Fact]
    public async Task Directory_answers_who_operates_a_park_and_where_it_is()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var operatorId = await admin.RegisterOrganizationAsync("park-operator");
        var parkId = await admin.RegisterParkAsync(operatorId, "320571", "Suzhou Industrial Park");
        var directory = new ParkDirectory.ParkDirectoryClient(platform.Registry.DirectoryChannel());

        var park = await directory.GetParkAsync(new GetParkRequest { ParkId = parkId.ToString() });

        Assert.True(park.Found);
        Assert.Equal(parkId.ToString(), park.ParkId);
        Assert.Equal("Suzhou Industrial Park", park.Name);
        Assert.Equal("320571", park.RegionCode);
        Assert.Equal(operatorId.ToString(), park.OperatorOrganizationId);
        Assert.Equal("registered", park.Lifecycle);
    }

    [Fact]
    public async Task Directory_answers_an_organisations_kind_and_region()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var name = RegistryApi.Unique("Suzhou Ecology Bureau");
        var authorityId = await admin.RegisterOrganizationAsync("regional-authority", "320500", name);
        var directory = new ParkDirectory.ParkDirectoryClient(platform.Registry.DirectoryChannel());

        var organization = await directory.GetOrganizationAsync(new GetOrganizationRequest { OrganizationId = authorityId.ToString() });

        Assert.True(organization.Found);
        Assert.Equal(name, organization.Name);
        Assert.Equal("regional-authority", organization.Kind);
        Assert.Equal("320500", organization.RegionCode);
    }

    [Fact]
    public async Task Directory_does_not_find_what_was_never_registered()
    {
        var directory = new ParkDirectory.ParkDirectoryClient(platform.Registry.DirectoryChannel());

        Assert.False((await directory.GetParkAsync(new GetParkRequest { ParkId = Guid.NewGuid().ToString() })).Found);
        Assert.False((await directory.GetOrganizationAsync(new GetOrganizationRequest { OrganizationId = Guid.NewGuid().ToString() })).Found);
        Assert.False((await directory.GetParkAsync(new GetParkRequest { ParkId = "not-a-park-id" })).Found);
    }
}
