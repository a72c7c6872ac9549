using System.Net;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;


namespace CarbonPlatform.Identity.Tests;

[Collection(nameof(PlatformCollection))]
public sealed class ClientCredentialsTests(Platform platform)
{
    private static readonly string[] ServiceAudiences =
    [
        "carbon-park-registry", "carbon-activity-data", "carbon-emission-factors", "carbon-accounting",
        "carbon-evaluation", "carbon-certification", "carbon-identity",
    ];

    [Fact]
    public async Task Local_administrator_gets_a_platform_admin_token_for_every_service()
    {
        var token = await platform.Identity.CreateClient().AccessTokenAsync(TokenRequests.LocalAdmin, TokenRequests.LocalAdminSecret);

        Assert.Equal(TokenMint.Issuer, token.Issuer);
        Assert.Equal("RS256", token.Alg);
        Assert.All(ServiceAudiences, audience => Assert.Contains(audience, token.Audiences));
        Assert.Contains("carbon-gateway", token.Audiences);
        Assert.Contains("platform-admin", token.Values("role"));
        Assert.Equal("platform", token.Values("org_kind").Single());
        Assert.True(token.ValidTo > DateTime.UtcNow);
    }

    [Fact]
    public async Task Scope_narrows_the_audiences_to_that_service_and_the_gateway()
    {
        var token = await platform.Identity.CreateClient().AccessTokenAsync(TokenRequests.LocalAdmin, TokenRequests.LocalAdminSecret, "accounting");

        Assert.Equal(["carbon-accounting", "carbon-gateway"], token.Audiences.Order());
    }

    [Theory]
    [InlineData("unknown-client", "local-admin-secret")]
    [InlineData("local-admin", "not-the-secret")]
    public async Task Unknown_client_or_wrong_secret_gets_no_token(string clientId, string secret)
    {
        var (response, body) = await platform.Identity.CreateClient().RequestTokenAsync(clientId, secret);

        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Published_key_set_verifies_the_issued_tokens()
    {
        var identity = platform.Identity.CreateClient();
        var issued = await identity.AccessTokenAsync(TokenRequests.LocalAdmin, TokenRequests.LocalAdminSecret);

        var jwks = await identity.GetAsync("/.well-known/jwks");
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
        var keys = new JsonWebKeySet(await jwks.Content.ReadAsStringAsync());

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issued.EncodedToken, new TokenValidationParameters
        {
            ValidIssuer = TokenMint.Issuer,
            ValidAudience = "carbon-park-registry",
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }
}
