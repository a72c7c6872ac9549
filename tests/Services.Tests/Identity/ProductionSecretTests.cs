extern alias identity;
using System.Net;
using System.Security.Cryptography;
using CarbonPlatform.Services.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CarbonPlatform.Services.Tests.Identity;

/// <summary>In production the identity service will not start with a service client's secret that could be guessed.</summary>
public sealed class ProductionSecretTests
{
    private sealed class ProductionIdentity(string serviceSecret) : ServiceFactory<identity::Program>("http://jwks.invalid/.well-known/jwks")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            Directory.CreateDirectory(DataFolder);
            foreach (var key in new[] { "SigningKey", "EncryptionKey" })
            {
                var path = Path.Combine(DataFolder, key + ".pem");
                using var rsa = RSA.Create(2048);
                File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
                builder.UseSetting($"Identity:{key}Path", path);
            }
            builder.UseSetting("Identity:Issuer", "https://carbon.example/");
            builder.UseSetting("Identity:ServiceClients:accounting", serviceSecret);
            builder.UseSetting("Services:ParkRegistry:Grpc", "http://park-registry.invalid");
        }
    }

    [Fact]
    public void A_service_secret_shorter_than_32_characters_stops_the_identity_service_in_production()
    {
        using var identity = new ProductionIdentity(new string('s', 31));

        var refused = Assert.Throws<InvalidOperationException>(() => identity.CreateClient());

        Assert.Contains("Identity:ServiceClients:accounting", refused.Message);
        Assert.Contains("32 characters", refused.Message);
    }

    [Fact]
    public async Task A_long_enough_service_secret_starts_it()
    {
        using var identity = new ProductionIdentity(new string('s', 32));

        using var discovery = await identity.CreateClient().GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
    }
}
