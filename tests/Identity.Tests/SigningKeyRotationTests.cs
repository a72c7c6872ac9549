using System.Net;
using System.Security.Cryptography;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace CarbonPlatform.Identity.Tests;

/// <summary>Key rotation: the next key is published before it signs, the previous one until its tokens have expired.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class SigningKeyRotationTests(Platform platform) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("carbon-keys-").FullName;

    [Fact]
    public async Task The_key_set_publishes_the_current_and_the_next_key_and_tokens_are_signed_with_the_current()
    {
        var (current, next) = (Pem("current"), Pem("next"));
        using var identity = Identity(("Identity:SigningKeyPath", current.Path), ("Identity:NextSigningKeyPath", next.Path));

        var keys = await KeySetAsync(identity);
        var token = await identity.CreateClient().AccessTokenAsync(TokenRequests.LocalAdmin, TokenRequests.LocalAdminSecret);

        Assert.Equal(2, keys.Keys.Count);
        Assert.Equal(KidOf(keys, current.Rsa), token.Kid);
        Assert.NotEqual(KidOf(keys, next.Rsa), token.Kid);
    }

    [Fact]
    public async Task A_service_reading_that_key_set_accepts_tokens_signed_with_either_key_during_the_overlap()
    {
        var (current, next) = (Pem("current"), Pem("next"));
        using var identity = Identity(("Identity:SigningKeyPath", current.Path), ("Identity:NextSigningKeyPath", next.Path));
        var keys = await KeySetAsync(identity);
        using var jwks = new JwksServer(await identity.CreateClient().GetStringAsync("/.well-known/jwks"));
        using var registry = new ParkRegistryService(jwks.JwksUri);

        foreach (var key in new[] { current.Rsa, next.Rsa })
        {
            var mint = new TokenMint(new RsaSecurityKey(key) { KeyId = KidOf(keys, key) });
            using var client = Platform.WithToken(registry.CreateClient(), mint.Mint(new TokenClaims { Audiences = ["carbon-park-registry"], Roles = ["platform-admin"] }));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/parks")).StatusCode);
        }
        var retired = new TokenMint(new RsaSecurityKey(Pem("retired").Rsa) { KeyId = "retired" });
        using var stale = Platform.WithToken(registry.CreateClient(), retired.Mint(new TokenClaims { Audiences = ["carbon-park-registry"], Roles = ["platform-admin"] }));
        Assert.Equal(HttpStatusCode.Unauthorized, (await stale.GetAsync("/api/v1/parks")).StatusCode);
    }

    [Fact]
    public async Task After_the_promotion_the_previous_key_stays_published_and_the_new_one_signs()
    {
        var (old, promoted) = (Pem("old"), Pem("promoted"));
        using var identity = Identity(("Identity:SigningKeyPath", promoted.Path), ("Identity:PreviousSigningKeyPath", old.Path));

        var keys = await KeySetAsync(identity);
        var token = await identity.CreateClient().AccessTokenAsync(TokenRequests.LocalAdmin, TokenRequests.LocalAdminSecret);

        Assert.Equal(KidOf(keys, promoted.Rsa), token.Kid);
        Assert.Contains(keys.Keys, k => k.Kid == KidOf(keys, old.Rsa));
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Identity(params (string Key, string Value)[] settings) =>
        platform.Identity.WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:DataFolder", Path.Combine(folder, "data-" + Guid.NewGuid().ToString("N")));
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    private (string Path, RSA Rsa) Pem(string name)
    {
        var rsa = RSA.Create(2048);
        var path = System.IO.Path.Combine(folder, name + ".pem");
        File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
        return (path, rsa);
    }

    private static async Task<JsonWebKeySet> KeySetAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> identity) =>
        new(await identity.CreateClient().GetStringAsync("/.well-known/jwks"));

    /// <summary>The key id the identity service gave this key, found by its modulus.</summary>
    private static string KidOf(JsonWebKeySet keys, RSA rsa)
    {
        var modulus = Base64UrlEncoder.Encode(rsa.ExportParameters(false).Modulus);
        return keys.Keys.Single(k => k.N == modulus).Kid;
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a key file still open: the OS cleans its temp folder */ }
    }
}
