using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CarbonPlatform.Testing;

/// <summary>Stands in for the identity service's key set: a WireMock server on loopback serving the test key's JWKS.</summary>
public sealed class JwksServer : IDisposable
{
    private readonly WireMockServer _server;

    public JwksServer(TokenMint mint) : this(mint.JwksJson()) { }

    /// <summary>Serves this key set as it is (e.g. the identity service's own, with several keys).</summary>
    public JwksServer(string jwksJson)
    {
        _server = WireMockServer.Start();
        _server.Given(Request.Create().WithPath("/.well-known/jwks").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBody(jwksJson));
    }

    public string JwksUri => $"{_server.Url}/.well-known/jwks";

    public void Dispose() => _server.Stop();
}
