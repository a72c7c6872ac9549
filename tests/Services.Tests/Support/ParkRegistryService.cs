extern alias registry;
using Grpc.Net.Client;

namespace CarbonPlatform.Services.Tests.Support;

public sealed class ParkRegistryService(string jwksUri) : ServiceFactory<registry::Program>(jwksUri)
{
    /// <summary>A channel to the ParkDirectory gRPC service, through TestServer's handler.</summary>
    public GrpcChannel DirectoryChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });
}
