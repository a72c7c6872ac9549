extern alias registry;
using CarbonPlatform.Testing;
using Grpc.Net.Client;

namespace CarbonPlatform.Identity.Tests.Support;

/// <summary>The park registry the identity service asks over gRPC (the organizations people and clients belong to).</summary>
public sealed class ParkRegistryService(string jwksUri, TokenMint? mint = null) : ServiceFactory<registry::Program>(jwksUri)
{
    /// <summary>A channel to the ParkDirectory gRPC service, through TestServer's handler, as the identity service calls it.</summary>
    public GrpcChannel DirectoryChannel()
    {
        var token = (mint ?? throw new InvalidOperationException("This registry was made without a token mint.")).Mint(ServiceCalls.PlatformService("park-registry"));
        return GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = new BearerTokenHandler(token, Server.CreateHandler()) });
    }
}
