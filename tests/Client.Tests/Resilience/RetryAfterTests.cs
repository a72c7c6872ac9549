using System.Net;
using CarbonPlatform.Client.Idempotency;
using CarbonPlatform.Client.Resilience;
using CarbonPlatform.Client.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CarbonPlatform.Client.Tests.Resilience;

public sealed class RetryAfterTests : IDisposable
{
    private readonly FakePlatform _platform = new();
    private readonly TestClock _clock = new();

    public void Dispose() => _platform.Dispose();

    private HttpClient Http(int maxRetries = 3) => new(new RetryAfterHandler(new RetryOptions { MaxRetries = maxRetries, Time = _clock })
    {
        InnerHandler = new HttpClientHandler(),
    }) { BaseAddress = _platform.BaseAddress };

    private static IResponseBuilder Refused(HttpStatusCode status, string? retryAfter = null)
    {
        var response = Response.Create().WithStatusCode(status);
        return retryAfter is null ? response : response.WithHeader("Retry-After", retryAfter);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_Retry_After_names()
    {
        _platform.AnswersInTurn(Request.Create().WithPath("/api/v1/parks").UsingGet(),
            Refused(HttpStatusCode.TooManyRequests, "7"), FakePlatform.Json(HttpStatusCode.OK, "[]"));
        using var http = Http();

        using var answer = await http.GetAsync("/api/v1/parks");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(7)], _clock.Waits);
        Assert.Equal(2, _platform.Requests("/api/v1/parks").Count);
    }

    [Fact]
    public async Task Retry_After_as_a_date_is_waited_until_that_date()
    {
        var until = _clock.GetUtcNow().AddSeconds(30).ToString("R");
        _platform.AnswersInTurn(Request.Create().WithPath("/api/v1/parks").UsingGet(),
            Refused(HttpStatusCode.ServiceUnavailable, until), FakePlatform.Json(HttpStatusCode.OK, "[]"));
        using var http = Http();

        using var answer = await http.GetAsync("/api/v1/parks");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(30)], _clock.Waits);
    }

    [Fact]
    public async Task It_gives_up_after_the_configured_retries_and_hands_back_the_last_answer()
    {
        _platform.Server.Given(Request.Create().WithPath("/api/v1/parks").UsingGet()).RespondWith(Refused(HttpStatusCode.ServiceUnavailable));
        using var http = Http(maxRetries: 2);

        using var answer = await http.GetAsync("/api/v1/parks");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal(3, _platform.Requests("/api/v1/parks").Count);
        // No Retry-After: a doubling wait from one second.
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _clock.Waits);
    }

    [Fact]
    public async Task A_wait_longer_than_the_limit_is_handed_back_to_the_caller_at_once()
    {
        _platform.Server.Given(Request.Create().WithPath("/api/v1/parks").UsingGet()).RespondWith(Refused(HttpStatusCode.TooManyRequests, "3600"));
        using var http = Http();

        using var answer = await http.GetAsync("/api/v1/parks");

        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        Assert.Single(_platform.Requests("/api/v1/parks"));
        Assert.Empty(_clock.Waits);
    }

    [Fact]
    public async Task A_503_to_a_POST_without_an_idempotency_key_is_not_repeated()
    {
        _platform.Server.Given(Request.Create().WithPath("/api/v1/certification-applications").UsingPost())
            .RespondWith(Refused(HttpStatusCode.ServiceUnavailable, "1"));
        using var http = Http();

        using var answer = await http.PostAsync("/api/v1/certification-applications", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Single(_platform.Requests("/api/v1/certification-applications"));
    }

    [Fact]
    public async Task A_429_to_any_POST_is_repeated_since_the_gateway_refused_it_unread()
    {
        _platform.AnswersInTurn(Request.Create().WithPath("/api/v1/certification-applications").UsingPost(),
            Refused(HttpStatusCode.TooManyRequests, "2"), FakePlatform.Json(HttpStatusCode.Created, """{"id":"x"}"""));
        using var http = Http();

        using var answer = await http.PostAsync("/api/v1/certification-applications", new StringContent("""{"parkId":"p"}"""));

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        Assert.All(_platform.Requests("/api/v1/certification-applications"), r => Assert.Equal("""{"parkId":"p"}""", r.RequestMessage.Body));
    }

    [Fact]
    public async Task A_503_to_a_POST_with_an_idempotency_key_is_repeated_with_the_same_key_and_body()
    {
        _platform.AnswersInTurn(Request.Create().WithPath("/api/v1/parks/p/activity-records").UsingPost(),
            Refused(HttpStatusCode.ServiceUnavailable, "1"), FakePlatform.Json(HttpStatusCode.Accepted, """{"batchId":"b"}"""));
        using var http = Http();
        using var batch = new HttpRequestMessage(HttpMethod.Post, "/api/v1/parks/p/activity-records")
        {
            Content = new StreamContent(new NonSeekableStream("""{"year":2025,"lines":[]}"""u8.ToArray())),
        };
        batch.Headers.Add(IdempotencyKey.Header, "batch-2025-03");

        using var answer = await http.SendAsync(batch);

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var sent = _platform.Requests("/api/v1/parks/p/activity-records");
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r => Assert.Equal(("batch-2025-03", """{"year":2025,"lines":[]}"""),
            (r.RequestMessage.Headers![IdempotencyKey.Header].Single(), r.RequestMessage.Body)));
    }

    /// <summary>A body that can be read once, as a file or network stream.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
