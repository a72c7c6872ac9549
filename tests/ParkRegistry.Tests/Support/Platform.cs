using CarbonPlatform.Testing;

namespace CarbonPlatform.ParkRegistry.Tests.Support;

/// <summary>The registry's test platform: the token mint, its JWKS server and the park registry.</summary>
public sealed class Platform : IDisposable
{
    public Platform()
    {
        Jwks = new JwksServer(Mint);
        Registry = new ParkRegistryService(Jwks.JwksUri, Mint);
    }

    public TokenMint Mint { get; } = new();
    public JwksServer Jwks { get; }
    public ParkRegistryService Registry { get; }

    /// <summary>A client of the park registry calling with a token of these claims.</summary>
    public HttpClient RegistryAs(TokenClaims claims) => WithToken(Registry.CreateClient(), Mint.Mint(claims));

    public static HttpClient WithToken(HttpClient client, string token) => BearerTokens.WithToken(client, token);

    public void Dispose()
    {
        Registry.Dispose();
        Jwks.Dispose();
    }
}

[CollectionDefinition(nameof(PlatformCollection))]
public sealed class PlatformCollection : ICollectionFixture<Platform>;
