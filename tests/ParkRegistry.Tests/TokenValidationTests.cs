using System.Net;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;


namespace CarbonPlatform.ParkRegistry.Tests;

/// <summary>Called directly (not through the gateway), the service itself refuses every token it must not trust.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class TokenValidationTests(Platform platform)
{
    private static readonly TokenClaims Admin = Callers.PlatformAdmin();

    public static TheoryData<string> RefusedTokens =>
        ["expired", "signed-by-another-key", "payload-altered-after-signing", "alg-none", "hs256-with-a-secret", "another-audience", "another-issuer"];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Untrusted_token_is_refused_with_401(string kind)
    {
        var token = kind switch
        {
            "expired" => platform.Mint.Mint(Admin with { Expires = DateTime.UtcNow.AddMinutes(-5) }),
            "signed-by-another-key" => TokenMint.MintWithForeignKey(Admin),
            "payload-altered-after-signing" => platform.Mint.MintTampered(Callers.Operator(Guid.NewGuid(), "operator-viewer"), Admin),
            "alg-none" => TokenMint.MintUnsigned(Admin),
            "hs256-with-a-secret" => TokenMint.MintHs256(Admin, "a-shared-secret-of-at-least-thirty-two-bytes"),
            "another-audience" => platform.Mint.Mint(Admin with { Audiences = ["carbon-accounting"] }),
            "another-issuer" => platform.Mint.Mint(Admin with { Issuer = "http://another-issuer.test/" }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var client = Platform.WithToken(platform.Registry.CreateClient(), token);

        var response = await client.GetAsync("/api/v1/parks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_without_a_token_is_refused_with_401()
    {
        var response = await platform.Registry.CreateClient().GetAsync("/api/v1/parks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_naming_the_registry_among_its_audiences_is_accepted()
    {
        var client = platform.RegistryAs(Admin with { Audiences = ["carbon-accounting", "carbon-park-registry", "carbon-gateway"] });

        var response = await client.GetAsync("/api/v1/parks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
