using Grpc.Net.Client;
using CarbonPlatform.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CarbonPlatform.ParkRegistry.Tests.Support;

public sealed class ParkRegistryService(string jwksUri, TokenMint? mint = null) : ServiceFactory<Program>(jwksUri)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AccessLog:BatchWindow", "00:00:00.100"); // reads reach the access log within a test's patience
    }

    /// <summary>A channel to the ParkDirectory gRPC service, through TestServer's handler, as another platform service calls it.</summary>
    public GrpcChannel DirectoryChannel() => DirectoryChannel(ServiceCalls.PlatformService("park-registry"));

    /// <summary>The same with a token of these claims, or with none.</summary>
    public GrpcChannel DirectoryChannel(TokenClaims? caller)
    {
        HttpMessageHandler handler = Server.CreateHandler();
        if (caller is not null)
            handler = new BearerTokenHandler((mint ?? throw new InvalidOperationException("This registry was made without a token mint.")).Mint(caller), handler);
        return GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = handler });
    }
}
