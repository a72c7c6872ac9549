using System.Net;
using System.Text;
using CarbonPlatform.Client.Concurrency;
using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Paging;
using CarbonPlatform.Client.Webhooks;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Client;

/// <summary>
/// The certification body's side of the certification flow through CarbonPlatform.Client, as a body's system runs it:
/// its token from /connect/token, its webhook, its queue, the park's data and lineage export, its decisions on the version
/// of the application it read (If-Match). The operator's side goes through the client too (<see cref="EvaluatedPark"/>).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CertificationBodyClientTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_certification_body_s_system_reviews_and_certifies_a_park_through_the_generated_client()
    {
        var flow = await EvaluatedPark.CreateAsync(platform);
        using var op = flow.Operator;
        using var body = platform.Connect(flow.Body);
        using var otherBody = platform.Connect(flow.OtherBody);
        using var receiver = platform.StartWebhookReceiver();
        receiver.Given(WireMock.RequestBuilders.Request.Create().WithPath("/carbon-hooks").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));
        var subscription = await body.V1.WebhookSubscriptions.PostAsync(new CreateSubscriptionRequest { Url = receiver.Url + "/carbon-hooks" });

        var applicationId = await flow.ApplyAsync();

        // Told by a signed webhook, checked with the client's verifier and read into the contract's payload type.
        var delivery = await Eventually.ValueAsync(() => Task.FromResult(receiver.LogEntries.Select(e => e.RequestMessage)
            .FirstOrDefault(r => r.Headers![WebhookSignatureVerifier.EventHeader].Single() == "application.submitted")));
        var verifier = new WebhookSignatureVerifier(subscription!.Secret!);
        var signature = delivery.Headers![WebhookSignatureVerifier.SignatureHeader].Single();
        Assert.Equal(WebhookVerification.Valid, verifier.Verify(signature, Encoding.UTF8.GetBytes(delivery.Body!)));
        var tampered = delivery.Body!.Replace(applicationId.ToString(), Guid.NewGuid().ToString());
        Assert.NotEqual(delivery.Body, tampered);
        Assert.Equal(WebhookVerification.SignatureMismatch, verifier.Verify(signature, tampered));
        var submitted = WebhookPayloads.ReadApplication(delivery.Body!);
        Assert.Equal((applicationId, flow.ParkName, 2024), (submitted.Data!.ApplicationId!.Value, submitted.Data.ParkName, submitted.Data.Year!.Value));

        // Its queue holds the application; another body's does not, and it cannot decide on it.
        var queue = await CursorPages.ToListAsync((cursor, ct) => body.V1.CertificationApplications.GetAsync(r => r.QueryParameters.Cursor = cursor, ct),
            p => p.Items, p => p.NextCursor);
        var queued = Assert.Single(queue, a => a.Id == applicationId);
        Assert.Equal((ApplicationStatus.Submitted, flow.ParkName), (queued.Status, queued.ParkName));
        Assert.DoesNotContain((await otherBody.V1.CertificationApplications.GetAsync())?.Items ?? [], a => a.Id == applicationId);
        var notTheirs = await Assert.ThrowsAsync<Problem>(() => otherBody.V1.CertificationApplications[applicationId].Decisions
            .PostAsync(new DecisionRequest { Decision = DecisionKind.Approve, Comment = "not mine" }));
        Assert.Equal(404, notTheirs.ResponseStatusCode);

        // The park's data while the review lasts: the inventory, the ledger's chain, the lineage export.
        var park = body.V1.Parks[flow.ParkId];
        var inventory = await Eventually.ValueAsync(async () =>
        {
            var current = await park.Inventories[2024].GetAsync(r => r.QueryParameters.Method = AccountingMethod.Cers2025);
            return current?.Status == InventoryStatus.Current ? current : null;
        }, notYet: HttpStatusCode.NotFound);
        Assert.Contains(inventory.Lines!, l => l.Id == "grid");
        Assert.True((await park.Ledger.Verification.GetAsync())!.Intact);
        await using (var export = await park.Inventories[2024].Export.GetAsync(r => r.QueryParameters.Method = AccountingMethod.Cers2025))
        {
            var csv = await new StreamReader(export!).ReadToEndAsync();
            Assert.Contains("grid,purchased-electricity,2,", csv);
            Assert.Contains("cn-2025.1", csv);
        }

        // The decisions, each on the version of the application the body read; a move the workflow does not allow is a
        // problem with its status, and so is a decision on a version that changed since it was read.
        var application = body.V1.CertificationApplications[applicationId];
        var decisions = application.Decisions;
        var asSubmitted = await EntityTags.ReadAsync(c => application.GetAsync(c));
        var underReview = await EntityTags.ChangeAsync(asSubmitted.Tag,
            c => decisions.PostAsync(new DecisionRequest { Decision = DecisionKind.StartReview, Comment = "Taken up." }, c));
        Assert.Equal(ApplicationStatus.UnderReview, underReview.Value.Status);
        Assert.NotEqual(asSubmitted.Tag, underReview.Tag);
        var stale = await Assert.ThrowsAsync<Problem>(() => EntityTags.ChangeAsync(asSubmitted.Tag,
            c => decisions.PostAsync(new DecisionRequest { Decision = DecisionKind.Approve, Comment = "on what I read first" }, c)));
        Assert.True(stale.IsStaleVersion(), stale.Message);
        Assert.Equal(ApplicationStatus.UnderReview, (await application.GetAsync())!.Status);
        var twice = await Assert.ThrowsAsync<Problem>(() => decisions.PostAsync(new DecisionRequest { Decision = DecisionKind.StartReview, Comment = "again" }));
        Assert.Equal(409, twice.ResponseStatusCode);
        var informationRequested = await EntityTags.ChangeAsync(underReview.Tag,
            c => decisions.PostAsync(new DecisionRequest { Decision = DecisionKind.RequestInformation, Comment = "发票缺失 / invoices missing" }, c));
        Assert.Equal(ApplicationStatus.Resubmitted, await flow.ResubmitAsync(applicationId, "Invoices uploaded."));
        var stillInformationRequested = await Assert.ThrowsAsync<Problem>(() => EntityTags.ChangeAsync(informationRequested.Tag,
            c => decisions.PostAsync(new DecisionRequest { Decision = DecisionKind.Approve, Comment = "before reading the answer" }, c)));
        Assert.True(stillInformationRequested.IsStaleVersion());
        var resubmitted = await EntityTags.ReadAsync(c => application.GetAsync(c));
        var approved = await EntityTags.ChangeAsync(resubmitted.Tag,
            c => decisions.PostAsync(new DecisionRequest { Decision = DecisionKind.Approve, Comment = "Checked." }, c));
        Assert.Equal(ApplicationStatus.Approved, approved.Value.Status);
        Assert.StartsWith("CNCP-", approved.Value.CertificateNumber);
        var trail = await application.GetAsync();
        Assert.Equal([ReviewStep.StartReview, ReviewStep.RequestInformation, ReviewStep.Resubmit, ReviewStep.Approve], trail!.Decisions!.Select(d => d.Decision));

        // Its webhook subscription is deactivated on the version it read.
        var hook = body.V1.WebhookSubscriptions[subscription.Id!.Value];
        var active = await EntityTags.ReadAsync(c => hook.GetAsync(c));
        Assert.True(active.Value.Active);
        await EntityTags.DeleteAsync(active.Tag, c => hook.DeleteAsync(c));
        Assert.False((await hook.GetAsync())!.Active);
    }
}
