using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;
using Grpc.Core;

namespace CarbonPlatform.ParkRegistry.Tests;

/// <summary>Only another platform service, with a token for the park registry, reads the directory: reaching the port is not enough.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class ParkDirectoryAccessTests(Platform platform)
{
    private async Task<StatusCode> GetParkAsAsync(TokenClaims? caller)
    {
        var directory = new ParkDirectory.ParkDirectoryClient(platform.Registry.DirectoryChannel(caller));
        try
        {
            await directory.GetParkAsync(new GetParkRequest { ParkId = Guid.NewGuid().ToString() });
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated() =>
        Assert.Equal(StatusCode.Unauthenticated, await GetParkAsAsync(null));

    [Fact]
    public async Task An_operators_token_for_the_registry_is_permission_denied() =>
        Assert.Equal(StatusCode.PermissionDenied, await GetParkAsAsync(Callers.Operator(Guid.NewGuid())));

    [Fact]
    public async Task A_platform_administrators_token_is_permission_denied_too() =>
        Assert.Equal(StatusCode.PermissionDenied, await GetParkAsAsync(Callers.PlatformAdmin()));

    [Fact]
    public async Task A_platform_service_token_for_another_service_is_unauthenticated() =>
        Assert.Equal(StatusCode.Unauthenticated, await GetParkAsAsync(ServiceCalls.PlatformService("accounting")));

    [Fact]
    public async Task A_platform_service_token_for_the_registry_is_answered() =>
        Assert.Equal(StatusCode.OK, await GetParkAsAsync(ServiceCalls.PlatformService("park-registry")));
}
