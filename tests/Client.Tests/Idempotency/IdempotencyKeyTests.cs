using System.Net;
using CarbonPlatform.Client.Idempotency;
using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Problems;
using CarbonPlatform.Client.Tests.Support;
using Microsoft.Kiota.Abstractions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CarbonPlatform.Client.Tests.Idempotency;

public sealed class IdempotencyKeyTests : IDisposable
{
    private static readonly Guid ParkId = Guid.Parse("5f0c2b1e-8d4a-4c3b-9e2f-1a2b3c4d5e6f");
    private readonly FakePlatform _platform = new FakePlatform().IssuesTokens(900, "token-1");

    public void Dispose() => _platform.Dispose();

    private static ActivityBatchRequest Batch() => new()
    {
        Year = 2025,
        Lines = [new ActivityBatchRequest_lines { Id = "grid", Kind = ActivityBatchRequest_lines_kind.PurchasedElectricity, Quantity = 5000, Unit = "MWh" }],
    };

    [Fact]
    public async Task A_batch_the_platform_could_not_take_is_sent_again_with_the_same_key_and_body()
    {
        var path = $"/api/v1/parks/{ParkId}/activity-records";
        _platform.AnswersInTurn(Request.Create().WithPath(path).UsingPost(),
            Response.Create().WithStatusCode(HttpStatusCode.ServiceUnavailable).WithHeader("Retry-After", "1"),
            FakePlatform.Json(HttpStatusCode.Accepted, """{"batchId":"0b6f6c1e-0000-4000-8000-000000000001"}"""));
        using var carbon = _platform.Client();
        var key = IdempotencyKey.New();

        var recorded = await carbon.V1.Parks[ParkId].ActivityRecords.PostAsync(Batch(), IdempotencyKey.Use<DefaultQueryParameters>(key));

        Assert.Equal(Guid.Parse("0b6f6c1e-0000-4000-8000-000000000001"), recorded!.BatchId);
        var sent = _platform.Requests(path);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r => Assert.Equal(key, r.RequestMessage.Headers![IdempotencyKey.Header].Single()));
        Assert.Equal(sent[0].RequestMessage.Body, sent[1].RequestMessage.Body);
        Assert.Contains("\"kind\":\"purchased-electricity\"", sent[0].RequestMessage.Body);
    }

    [Fact]
    public async Task A_key_reused_for_another_batch_comes_back_as_a_problem_naming_its_code()
    {
        var path = $"/api/v1/parks/{ParkId}/activity-records";
        _platform.Server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(Response.Create().WithStatusCode(409)
            .WithHeader("Content-Type", "application/problem+json")
            .WithBody("""{"title":"Conflict","status":409,"errors":[{"field":"Idempotency-Key","code":"idempotency-key-reused","message":"The key was used for another body."}]}"""));
        using var carbon = _platform.Client();

        var problem = await Assert.ThrowsAsync<Problem>(() =>
            carbon.V1.Parks[ParkId].ActivityRecords.PostAsync(Batch(), IdempotencyKey.Use<DefaultQueryParameters>("reused")));

        Assert.True(problem.Has("idempotency-key-reused"));
        Assert.Equal("409 Conflict; idempotency-key-reused (Idempotency-Key): The key was used for another body.", problem.Describe());
        Assert.Single(_platform.Requests(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_key_is_refused_before_anything_is_sent(string key) =>
        Assert.Throws<ArgumentException>(() => IdempotencyKey.Use<DefaultQueryParameters>(key));

    [Fact]
    public void A_key_longer_than_the_platform_accepts_is_refused_before_anything_is_sent()
    {
        IdempotencyKey.Use<DefaultQueryParameters>(new string('k', IdempotencyKey.MaxLength));
        Assert.Throws<ArgumentException>(() => IdempotencyKey.Use<DefaultQueryParameters>(new string('k', IdempotencyKey.MaxLength + 1)));
    }
}
