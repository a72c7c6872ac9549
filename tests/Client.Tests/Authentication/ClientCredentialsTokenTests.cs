using System.Net;
using CarbonPlatform.Client.Authentication;
using CarbonPlatform.Client.Tests.Support;
using WireMock.RequestBuilders;

namespace CarbonPlatform.Client.Tests.Authentication;

public sealed class ClientCredentialsTokenTests : IDisposable
{
    private readonly FakePlatform _platform = new();
    private readonly TestClock _clock = new();

    public void Dispose() => _platform.Dispose();

    private ClientCredentialsTokenProvider Provider(HttpClient http) =>
        new(http, new Uri(_platform.BaseAddress, "/connect/token"), new ClientCredentials(FakePlatform.ClientId, FakePlatform.ClientSecret), _clock);

    [Fact]
    public async Task One_token_is_asked_for_and_sent_with_every_request()
    {
        _platform.IssuesTokens(900, "token-1");
        _platform.Server.Given(Request.Create().WithPath("/api/v1/certification-applications").UsingGet())
            .RespondWith(FakePlatform.Json(HttpStatusCode.OK, "[]"));
        using var carbon = _platform.Client();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => carbon.V1.CertificationApplications.GetAsync()));
        await carbon.V1.CertificationApplications.GetAsync();

        var asked = Assert.Single(_platform.Requests("/connect/token"));
        Assert.Equal($"grant_type=client_credentials&client_id={FakePlatform.ClientId}&client_secret={FakePlatform.ClientSecret}", asked.RequestMessage.Body);
        var calls = _platform.Requests("/api/v1/certification-applications");
        Assert.Equal(6, calls.Count);
        Assert.All(calls, c => Assert.Equal("Bearer token-1", c.RequestMessage.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task The_token_is_renewed_a_minute_before_it_expires()
    {
        _platform.IssuesTokens(900, "token-1", "token-2");
        using var http = new HttpClient();
        var tokens = Provider(http);

        Assert.Equal("token-1", await tokens.GetTokenAsync());
        _clock.Advance(TimeSpan.FromSeconds(839));
        Assert.Equal("token-1", await tokens.GetTokenAsync());
        Assert.Single(_platform.Requests("/connect/token"));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("token-2", await tokens.GetTokenAsync());
        Assert.Equal("token-2", await tokens.GetTokenAsync());
        Assert.Equal(2, _platform.Requests("/connect/token").Count);
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_half_way_through_its_life()
    {
        _platform.IssuesTokens(60, "short-1", "short-2");
        using var http = new HttpClient();
        var tokens = Provider(http);

        Assert.Equal("short-1", await tokens.GetTokenAsync());
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("short-1", await tokens.GetTokenAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("short-2", await tokens.GetTokenAsync());
    }

    [Fact]
    public async Task Refused_credentials_are_reported_with_the_endpoint_s_error_and_nothing_is_cached()
    {
        _platform.Server.Given(Request.Create().WithPath("/connect/token").UsingPost()).RespondWith(FakePlatform.Json(HttpStatusCode.BadRequest,
            """{"error":"invalid_client","error_description":"The specified client credentials are invalid."}"""));
        using var http = new HttpClient();
        var tokens = Provider(http);

        var refused = await Assert.ThrowsAsync<TokenRequestException>(() => tokens.GetTokenAsync());
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_client"), (refused.Status, refused.Error));
        Assert.DoesNotContain(FakePlatform.ClientSecret, refused.Message);
        await Assert.ThrowsAsync<TokenRequestException>(() => tokens.GetTokenAsync());
        Assert.Equal(2, _platform.Requests("/connect/token").Count);
    }

    [Fact]
    public async Task No_token_is_handed_out_for_another_host()
    {
        _platform.IssuesTokens(900, "token-1");
        using var http = new HttpClient();
        var tokens = Provider(http);

        Assert.Equal("", await tokens.GetAuthorizationTokenAsync(new Uri("https://evidence.example.org/files/1")));
        Assert.Empty(_platform.Requests("/connect/token"));
        Assert.Equal("token-1", await tokens.GetAuthorizationTokenAsync(new Uri(_platform.BaseAddress, "/api/v1/parks")));
    }
}
