using System.Net;
using CarbonPlatform.Client.Concurrency;
using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CarbonPlatform.Client.Tests.Concurrency;

public sealed class EntityTagsTests : IDisposable
{
    private static readonly Guid ApplicationId = Guid.Parse("3d5b8f0e-1c2a-4e6f-8a9b-0c1d2e3f4a5b");
    private static readonly string ApplicationPath = $"/api/v1/certification-applications/{ApplicationId}";
    private readonly FakePlatform _platform = new FakePlatform().IssuesTokens(900, "token-1");

    public void Dispose() => _platform.Dispose();

    private void ApplicationAt(string etag) => _platform.Server.Given(Request.Create().WithPath(ApplicationPath).UsingGet())
        .RespondWith(FakePlatform.Json(HttpStatusCode.OK, $$"""{"id":"{{ApplicationId}}","status":"submitted","decisions":[]}""").WithHeader("ETag", etag));

    private static DecisionRequest StartReview() => new() { Decision = DecisionKind.StartReview, Comment = "Taken up." };

    [Fact]
    public async Task A_decision_is_sent_with_the_tag_of_the_application_read_and_answers_the_new_tag()
    {
        ApplicationAt("\"v1\"");
        _platform.Server.Given(Request.Create().WithPath(ApplicationPath + "/decisions").UsingPost().WithHeader("If-Match", "\"v1\""))
            .RespondWith(FakePlatform.Json(HttpStatusCode.OK, """{"status":"under-review"}""").WithHeader("ETag", "\"v2\""));
        using var carbon = _platform.Client();
        var application = carbon.V1.CertificationApplications[ApplicationId];

        var read = await EntityTags.ReadAsync(c => application.GetAsync(c));
        var decided = await EntityTags.ChangeAsync(read.Tag, c => application.Decisions.PostAsync(StartReview(), c));

        Assert.Equal((ApplicationStatus.Submitted, "\"v1\""), (read.Value.Status, read.Tag.Value));
        Assert.Equal((ApplicationStatus.UnderReview, "\"v2\""), (decided.Value.Status, decided.Tag.Value));
        var sent = Assert.Single(_platform.Requests(ApplicationPath + "/decisions"));
        Assert.Equal("\"v1\"", sent.RequestMessage.Headers!["If-Match"].Single());
        Assert.Contains("\"decision\":\"start-review\"", sent.RequestMessage.Body);
    }

    [Fact]
    public async Task A_change_on_a_stale_tag_is_a_stale_version_problem_and_is_not_retried()
    {
        _platform.Server.Given(Request.Create().WithPath(ApplicationPath + "/decisions").UsingPost()).RespondWith(Response.Create().WithStatusCode(412)
            .WithHeader("Content-Type", "application/problem+json")
            .WithBody("""{"title":"The resource changed since it was read.","status":412,"errors":[{"field":"If-Match","code":"stale-version","message":"Read it again."}]}"""));
        using var carbon = _platform.Client();

        var problem = await Assert.ThrowsAsync<Problem>(() => EntityTags.ChangeAsync(new EntityTag("\"v1\""),
            c => carbon.V1.CertificationApplications[ApplicationId].Decisions.PostAsync(StartReview(), c)));

        Assert.True(problem.IsStaleVersion());
        Assert.Equal(412, problem.ResponseStatusCode);
        Assert.Single(_platform.Requests(ApplicationPath + "/decisions"));
    }

    [Fact]
    public async Task A_conflict_that_is_not_about_the_version_is_not_called_stale()
    {
        _platform.Server.Given(Request.Create().WithPath(ApplicationPath + "/decisions").UsingPost()).RespondWith(Response.Create().WithStatusCode(409)
            .WithHeader("Content-Type", "application/problem+json")
            .WithBody("""{"title":"Conflict","status":409,"errors":[{"field":"decision","code":"illegal-transition","message":"Already under review."}]}"""));
        using var carbon = _platform.Client();

        var problem = await Assert.ThrowsAsync<Problem>(() => EntityTags.ChangeAsync(new EntityTag("\"v1\""),
            c => carbon.V1.CertificationApplications[ApplicationId].Decisions.PostAsync(StartReview(), c)));

        Assert.False(problem.IsStaleVersion());
    }

    [Fact]
    public async Task A_subscription_is_deactivated_only_at_the_version_read()
    {
        var id = Guid.Parse("6f1c2a9e-4b7d-4c1e-9a51-2f0d8e3b7c45");
        var path = $"/api/v1/webhook-subscriptions/{id}";
        _platform.Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(FakePlatform.Json(HttpStatusCode.OK, $$"""{"id":"{{id}}","active":true}""").WithHeader("ETag", "\"s7\""));
        _platform.Server.Given(Request.Create().WithPath(path).UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        using var carbon = _platform.Client();

        var read = await EntityTags.ReadAsync(c => carbon.V1.WebhookSubscriptions[id].GetAsync(c));
        await EntityTags.DeleteAsync(read.Tag, c => carbon.V1.WebhookSubscriptions[id].DeleteAsync(c));

        var deleted = Assert.Single(_platform.Requests(path), r => r.RequestMessage.Method == "DELETE");
        Assert.Equal("\"s7\"", deleted.RequestMessage.Headers!["If-Match"].Single());
    }

    [Fact]
    public async Task A_resource_answered_without_an_ETag_is_refused_as_not_versioned()
    {
        _platform.Server.Given(Request.Create().WithPath(ApplicationPath).UsingGet())
            .RespondWith(FakePlatform.Json(HttpStatusCode.OK, $$"""{"id":"{{ApplicationId}}","status":"submitted"}"""));
        using var carbon = _platform.Client();

        await Assert.ThrowsAsync<InvalidOperationException>(() => EntityTags.ReadAsync(c => carbon.V1.CertificationApplications[ApplicationId].GetAsync(c)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("W/\"v1\"")]
    public void A_tag_that_is_not_a_quoted_strong_tag_is_refused_before_anything_is_sent(string value) =>
        Assert.Throws<ArgumentException>(() => new EntityTag(value));
}
