using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using CarbonPlatform.Testing;

namespace CarbonPlatform.Identity.Tests.Support;

/// <summary>The identity service with the local administrator, the portal client and the accounting service's client, asking the in-process park registry over gRPC.</summary>
public sealed class IdentityService(string jwksUri, ParkRegistryService registry) : ServiceFactory<Program>(jwksUri)
{
    public const string PortalSecret = "portal-test-secret-of-some-length";
    public const string PortalRedirectUri = "http://portal.test/signin-oidc";
    public const string PortalPostLogoutUri = "http://portal.test/signout-callback-oidc";
    public const string AccountingServiceSecret = "accounting-service-test-secret-of-some-length";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Issuer", TokenMint.Issuer);
        builder.UseSetting("Identity:LocalAdmin:Enabled", "true");
        // Long enough that a slow machine's next request still falls within the first wait.
        builder.UseSetting("Identity:SignIn:FirstDelaySeconds", "3");
        builder.UseSetting("Identity:Portal:ClientSecret", PortalSecret);
        builder.UseSetting("Identity:Portal:RedirectUris", $"{PortalRedirectUri};http://portal.test/other-callback");
        builder.UseSetting("Identity:Portal:PostLogoutRedirectUris", PortalPostLogoutUri);
        builder.UseSetting("Identity:ServiceClients:accounting", AccountingServiceSecret);
        builder.UseSetting("Services:ParkRegistry:Grpc", "http://park-registry.invalid");
        builder.ConfigureTestServices(services =>
            services.AddSingleton(_ => new ParkDirectory.ParkDirectoryClient(registry.DirectoryChannel())));
    }
}
