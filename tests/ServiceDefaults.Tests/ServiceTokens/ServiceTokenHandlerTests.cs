using System.Net;
using CarbonPlatform.ServiceDefaults.ServiceTokens;
using Microsoft.Extensions.Configuration;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CarbonPlatform.ServiceDefaults.Tests.ServiceTokens;

/// <summary>WireMock plays the identity service's token endpoint; the handler sits where each gRPC client has it.</summary>
public sealed class ServiceTokenHandlerTests : IDisposable
{
    private const string TokenPath = "/connect/token";
    private readonly WireMockServer _identity = WireMockServer.Start();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingHandler _target = new();

    public ServiceTokenHandlerTests() => IssueTokens("token-1");

    [Fact]
    public async Task A_call_carries_a_client_credentials_token_whose_scope_is_the_target_service()
    {
        using var client = Client(Settings(), "park-registry");

        await client.GetAsync("http://park-registry.test/");

        Assert.Equal("Bearer token-1", Assert.Single(_target.Authorizations));
        var form = Assert.Single(TokenRequests()).RequestMessage.Body!;
        Assert.Contains("grant_type=client_credentials", form);
        Assert.Contains("client_id=service-accounting", form);
        Assert.Contains("client_secret=s3cret", form);
        Assert.Contains("scope=park-registry", form);
    }

    [Fact]
    public async Task The_token_is_reused_until_a_minute_before_it_expires_then_renewed()
    {
        using var client = Client(Settings(), "park-registry");
        await client.GetAsync("http://park-registry.test/");

        _clock.Advance(TimeSpan.FromMinutes(13)); // the token lives 15 minutes
        IssueTokens("token-2");
        await client.GetAsync("http://park-registry.test/");
        Assert.Single(TokenRequests());

        _clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await client.GetAsync("http://park-registry.test/");

        Assert.Equal(2, TokenRequests().Count);
        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], _target.Authorizations);
    }

    [Fact]
    public async Task Calls_at_the_same_time_share_one_token_request()
    {
        using var client = Client(Settings(), "park-registry");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("http://park-registry.test/")));

        Assert.Single(TokenRequests());
        Assert.All(_target.Authorizations, a => Assert.Equal("Bearer token-1", a));
    }

    [Fact]
    public async Task Each_target_service_gets_a_token_of_its_own()
    {
        var source = Source(Settings());
        using var registry = Client(source, "park-registry");
        using var ledger = Client(source, "activity-data");

        await registry.GetAsync("http://park-registry.test/");
        await ledger.GetAsync("http://activity-data.test/");

        Assert.Equal(2, TokenRequests().Count);
        Assert.Contains(TokenRequests(), r => r.RequestMessage.Body!.Contains("scope=activity-data"));
    }

    [Fact]
    public async Task Without_a_client_secret_the_call_goes_without_a_token_and_the_target_refuses_it()
    {
        using var client = Client(Settings() with { Secret = null }, "park-registry");

        await client.GetAsync("http://park-registry.test/");

        Assert.Equal([null], _target.Authorizations);
        Assert.Empty(TokenRequests());
    }

    [Fact]
    public async Task A_refused_token_request_fails_the_call()
    {
        _identity.ResetMappings();
        _identity.Given(Request.Create().WithPath(TokenPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(400)
            .WithBody("""{ "error": "invalid_client" }"""));
        using var client = Client(Settings(), "park-registry");

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("http://park-registry.test/"));
        Assert.Empty(_target.Authorizations);
    }

    [Fact]
    public void The_token_endpoint_defaults_to_the_identity_services_inside_address()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Services:Identity:Http"] = "http://127.0.0.1:5101",
            ["Auth:ServiceClient:Id"] = "service-evaluation",
            ["Auth:ServiceClient:Secret"] = "s3cret",
        }).Build();

        var settings = ServiceClientSettings.From(configuration);

        Assert.Equal(new Uri("http://127.0.0.1:5101/connect/token"), settings.TokenEndpoint);
        Assert.True(settings.IsConfigured);
    }

    private ServiceClientSettings Settings() => new("service-accounting", "s3cret", new Uri(_identity.Url + TokenPath));

    private ServiceTokenSource Source(ServiceClientSettings settings) => new(() => new HttpClient(), settings, _clock);

    private HttpClient Client(ServiceClientSettings settings, string target) => Client(Source(settings), target);

    private HttpClient Client(ServiceTokenSource source, string target) =>
        new(new ServiceTokenHandler(source, target) { InnerHandler = _target });

    private void IssueTokens(string token)
    {
        _identity.ResetMappings();
        _identity.Given(Request.Create().WithPath(TokenPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody($$"""{ "access_token": "{{token}}", "token_type": "Bearer", "expires_in": 900 }"""));
    }

    private List<WireMock.Logging.ILogEntry> TokenRequests() => _identity.LogEntries.Where(e => e.RequestMessage.Path == TokenPath).ToList();

    public void Dispose() => _identity.Stop();

    private sealed class RecordingHandler : HttpMessageHandler
    {
        private readonly List<string?> _authorizations = [];

        public List<string?> Authorizations { get { lock (_authorizations) return [.. _authorizations]; } }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_authorizations) _authorizations.Add(request.Headers.Authorization?.ToString());
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
