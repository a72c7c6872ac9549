extern alias registry;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;

namespace CarbonPlatform.Services.Tests.Support;

public sealed class ParkRegistryService(string jwksUri) : ServiceFactory<registry::Program>(jwksUri)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AccessLog:BatchWindow", "00:00:00.100"); // reads reach the access log within a test's patience
    }

    /// <summary>A channel to the ParkDirectory gRPC service, through TestServer's handler.</summary>
    public GrpcChannel DirectoryChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });
}
