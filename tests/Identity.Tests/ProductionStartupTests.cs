using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.Identity.Tests;

/// <summary>What the identity service refuses to start without in production: guessable service secrets, an unencrypted key ring.</summary>
public sealed class ProductionStartupTests
{
    /// <param name="certificate">The key ring's certificate: a new one when not named, none when "".</param>
    private sealed class ProductionIdentity(string serviceSecret, string? certificate = null, string? previous = null, string? database = null,
        string environment = "Production") : ServiceFactory<Program>("http://jwks.invalid/.well-known/jwks")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            Directory.CreateDirectory(DataFolder);
            if (database is not null) builder.UseSetting("Database:DataFolder", database);
            foreach (var key in new[] { "SigningKey", "EncryptionKey" })
            {
                var path = Path.Combine(DataFolder, key + ".pem");
                using var rsa = RSA.Create(2048);
                File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
                builder.UseSetting($"Identity:{key}Path", path);
            }
            if (certificate != "") builder.UseSetting("Identity:DataProtectionCertificatePath", certificate ?? Certificate(DataFolder, "data-protection.pem"));
            if (previous is not null) builder.UseSetting("Identity:PreviousDataProtectionCertificatePath", previous);
            builder.UseSetting("Identity:Issuer", "https://carbon.example/");
            builder.UseSetting("Identity:ServiceClients:accounting", serviceSecret);
            builder.UseSetting("Services:ParkRegistry:Grpc", "http://park-registry.invalid");
        }
    }

    private static string Certificate(string folder, string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=carbon-identity-key-ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem());
        return path;
    }

    private static readonly string LongEnough = new('s', 32);

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
        using var identity = new ProductionIdentity(LongEnough);

        using var discovery = await identity.CreateClient().GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
    }

    [Fact]
    public void Without_a_certificate_for_the_key_ring_it_does_not_start_in_production()
    {
        using var identity = new ProductionIdentity(LongEnough, certificate: "");

        var refused = Assert.Throws<InvalidOperationException>(() => identity.CreateClient());

        Assert.Contains("Identity:DataProtectionCertificatePath", refused.Message);
    }

    [Fact]
    public async Task With_the_certificate_the_key_ring_is_stored_encrypted_and_the_sign_in_form_still_works()
    {
        using var identity = new ProductionIdentity(LongEnough);
        var browser = identity.CreateClient();

        using var form = await browser.GetAsync("/account/login?ReturnUrl=%2F");
        var html = await form.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("__RequestVerificationToken", html); // an antiforgery token: the key ring made its first key
        await using var scope = identity.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<IdentityDb>().DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml); // the plain master key element
        });
    }

    [Fact]
    public async Task After_a_rotation_the_keys_encrypted_to_the_previous_certificate_still_open_and_only_then()
    {
        var shared = Path.Combine(Path.GetTempPath(), "carbon-key-ring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(shared);
        try
        {
            var first = Certificate(shared, "first.pem");
            var second = Certificate(shared, "second.pem");
            using (var before = new ProductionIdentity(LongEnough, first, database: shared))
                (await before.CreateClient().GetAsync("/account/login?ReturnUrl=%2F")).EnsureSuccessStatusCode(); // a key, encrypted to the first

            using var rotated = new ProductionIdentity(LongEnough, second, previous: first, database: shared);
            using var forgotten = new ProductionIdentity(LongEnough, second, database: shared);

            var keys = rotated.Services.GetRequiredService<IKeyManager>().GetAllKeys();
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.NotNull(k.Descriptor));
            Assert.ThrowsAny<Exception>(() => forgotten.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.Descriptor).ToList());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public async Task Setting_the_certificate_replaces_a_key_stored_plain_before_it_once()
    {
        var shared = Path.Combine(Path.GetTempPath(), "carbon-key-ring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(shared);
        try
        {
            using (var plain = new ProductionIdentity(LongEnough, certificate: "", database: shared, environment: "Development"))
                (await plain.CreateClient().GetAsync("/account/login?ReturnUrl=%2F")).EnsureSuccessStatusCode(); // a key, stored plain
            var certificate = Certificate(shared, "ring.pem");

            using var encrypted = new ProductionIdentity(LongEnough, certificate, database: shared);
            encrypted.CreateClient();
            using (var again = new ProductionIdentity(LongEnough, certificate, database: shared)) again.CreateClient();

            var keys = encrypted.Services.GetRequiredService<IKeyManager>().GetAllKeys();
            Assert.Equal(2, keys.Count); // the plain one and its replacement; the second start replaced nothing
            Assert.Single(keys, k => k.IsRevoked);
            await using var scope = encrypted.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<IdentityDb>().DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync();
            var current = keys.Single(k => !k.IsRevoked).KeyId.ToString();
            Assert.Contains(rows, xml => xml.Contains(current) && xml.Contains("EncryptedData"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(shared, recursive: true);
        }
    }
}
