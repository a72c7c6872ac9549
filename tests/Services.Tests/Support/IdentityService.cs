extern alias identity;
using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using CarbonPlatform.Testing;

namespace CarbonPlatform.Services.Tests.Support;

/// <summary>The identity service with the local administrator, asking the in-process park registry over gRPC.</summary>
public sealed class IdentityService(string jwksUri, ParkRegistryService registry) : ServiceFactory<identity::Program>(jwksUri)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Issuer", TokenMint.Issuer);
        builder.UseSetting("Identity:LocalAdmin:Enabled", "true");
        builder.UseSetting("Services:ParkRegistry:Grpc", "http://park-registry.invalid");
        builder.ConfigureTestServices(services =>
            services.AddSingleton(_ => new ParkDirectory.ParkDirectoryClient(registry.DirectoryChannel())));
    }
}
