using CarbonPlatform.Testing;

namespace CarbonPlatform.Identity.Tests.Support;

/// <summary>The shared test platform: the token mint, its JWKS server, the park registry and the identity service.</summary>
public sealed class Platform : IDisposable
{
    public Platform()
    {
        Jwks = new JwksServer(Mint);
        Registry = new ParkRegistryService(Jwks.JwksUri, Mint);
        Identity = new IdentityService(Jwks.JwksUri, Registry);
    }

    public TokenMint Mint { get; } = new();
    public JwksServer Jwks { get; }
    public ParkRegistryService Registry { get; }
    public IdentityService Identity { get; }

    /// <summary>A client of the park registry calling with a token of these claims.</summary>
    public HttpClient RegistryAs(TokenClaims claims) => WithToken(Registry.CreateClient(), Mint.Mint(claims));

    public HttpClient IdentityAs(TokenClaims claims) => WithToken(Identity.CreateClient(), Mint.Mint(claims));

    public static HttpClient WithToken(HttpClient client, string token) => BearerTokens.WithToken(client, token);

    public void Dispose()
    {
        Identity.Dispose();
        Registry.Dispose();
        Jwks.Dispose();
    }
}

[CollectionDefinition(nameof(PlatformCollection))]
public sealed class PlatformCollection : ICollectionFixture<Platform>;
