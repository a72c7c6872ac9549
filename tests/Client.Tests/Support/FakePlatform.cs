using System.Net;
using CarbonPlatform.Client.Authentication;
using CarbonPlatform.Client.Resilience;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CarbonPlatform.Client.Tests.Support;

/// <summary>A gateway on loopback that hands out tokens at <c>/connect/token</c> and answers what each test stubs.</summary>
public sealed class FakePlatform : IDisposable
{
    public const string ClientId = "cb-test";
    public const string ClientSecret = "test-secret-not-real";

    public WireMockServer Server { get; } = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    public Uri BaseAddress => new(Server.Url!);

    /// <summary>Answers every token request with the next of <paramref name="tokens"/> (the last one repeated).</summary>
    public FakePlatform IssuesTokens(int expiresInSeconds, params string[] tokens)
    {
        AnswersInTurn(Request.Create().WithPath("/connect/token").UsingPost(), [.. tokens.Select(t =>
            Json(HttpStatusCode.OK, $$"""{"access_token":"{{t}}","token_type":"Bearer","expires_in":{{expiresInSeconds}}}"""))]);
        return this;
    }

    /// <summary>Answers the matching requests with each answer in turn, then the last one for ever.</summary>
    public void AnswersInTurn(IRequestBuilder request, params IResponseBuilder[] answers)
    {
        if (answers.Length == 1)
        {
            Server.Given(request).RespondWith(answers[0]);
            return;
        }
        var scenario = Guid.NewGuid().ToString();
        for (var i = 0; i < answers.Length; i++)
        {
            var mapping = Server.Given(request).InScenario(scenario);
            if (i > 0) mapping = mapping.WhenStateIs($"answered-{i}");
            if (i < answers.Length - 1) mapping = mapping.WillSetStateTo($"answered-{i + 1}");
            mapping.RespondWith(answers[i]);
        }
    }

    public CarbonClient Client(TimeProvider? time = null, int maxRetries = 3) => CarbonClient.Create(new CarbonClientOptions
    {
        BaseAddress = BaseAddress,
        Credentials = new ClientCredentials(ClientId, ClientSecret),
        Retries = new RetryOptions { MaxRetries = maxRetries, Time = time ?? new TestClock() },
    });

    public IReadOnlyList<WireMock.Logging.ILogEntry> Requests(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == path).ToList();

    public static IResponseBuilder Json(HttpStatusCode status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose() => Server.Stop();
}
