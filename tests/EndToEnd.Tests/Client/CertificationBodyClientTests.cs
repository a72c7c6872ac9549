using System.Net;
using System.Text;
using CarbonPlatform.Client;
using CarbonPlatform.Client.Authentication;
using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Paging;
using CarbonPlatform.Client.Webhooks;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Client;

/// <summary>
/// The certification body's side of the certification flow through CarbonPlatform.Client, as a body's system runs it:
/// its token from /connect/token, its webhook, its queue, the park's data and lineage export, its decisions. The
/// operator's side goes through the suite's plain HTTP helpers.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CertificationBodyClientTests(PlatformFixture platform)
{
    private CarbonClient Connect(Tenant tenant) => CarbonClient.Create(new CarbonClientOptions
    {
        BaseAddress = platform.Gateway.BaseAddress!,
        Credentials = new ClientCredentials(tenant.ClientId, tenant.ClientSecret),
    }, new ContractCheckingHandler());

    [Fact]
    public async Task A_certification_body_s_system_reviews_and_certifies_a_park_through_the_generated_client()
    {
        var flow = await EvaluatedPark.CreateAsync(platform);
        using var op = flow.Operator;
        using var body = Connect(flow.Body);
        using var otherBody = Connect(flow.OtherBody);
        using var receiver = platform.StartWebhookReceiver();
        receiver.Given(WireMock.RequestBuilders.Request.Create().WithPath("/carbon-hooks").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));
        var subscription = await body.V1.WebhookSubscriptions.PostAsync(new CreateSubscriptionRequest { Url = receiver.Url + "/carbon-hooks" });

        var applicationId = Guid.Parse(await flow.ApplyAsync());

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
            .PostAsync(new DecisionRequest { Decision = "approve", Comment = "not mine" }));
        Assert.Equal(404, notTheirs.ResponseStatusCode);

        // The park's data while the review lasts: the inventory, the ledger's chain, the lineage export.
        var park = body.V1.Parks[Guid.Parse(flow.ParkId)];
        var inventory = await Eventually.ValueAsync(async () =>
        {
            var current = await park.Inventories[2024].GetAsync(r => r.QueryParameters.Method = "cers-2025");
            return current?.Status == InventoryStatus.Current ? current : null;
        }, notYet: HttpStatusCode.NotFound);
        Assert.Contains(inventory.Lines!, l => l.Id == "grid");
        Assert.True((await park.Ledger.Verification.GetAsync())!.Intact);
        await using (var export = await park.Inventories[2024].Export.GetAsync(r => r.QueryParameters.Method = "cers-2025"))
        {
            var csv = await new StreamReader(export!).ReadToEndAsync();
            Assert.Contains("grid,purchased-electricity,2,", csv);
            Assert.Contains("cn-2025.1", csv);
        }

        // The decisions; a move the workflow does not allow is a problem with its status.
        var decisions = body.V1.CertificationApplications[applicationId].Decisions;
        Assert.Equal(ApplicationStatus.UnderReview, (await decisions.PostAsync(new DecisionRequest { Decision = "start-review", Comment = "Taken up." }))!.Status);
        var twice = await Assert.ThrowsAsync<Problem>(() => decisions.PostAsync(new DecisionRequest { Decision = "start-review", Comment = "again" }));
        Assert.Equal(409, twice.ResponseStatusCode);
        await decisions.PostAsync(new DecisionRequest { Decision = "request-information", Comment = "发票缺失 / invoices missing" });
        await flow.ResubmitAsync(applicationId.ToString(), "Invoices uploaded.");
        var approved = await decisions.PostAsync(new DecisionRequest { Decision = "approve", Comment = "Checked." });
        Assert.Equal(ApplicationStatus.Approved, approved!.Status);
        Assert.StartsWith("CNCP-", approved.CertificateNumber);
        var trail = await body.V1.CertificationApplications[applicationId].GetAsync();
        Assert.Equal(["start-review", "request-information", "resubmit", "approve"], trail!.Decisions!.Select(d => d.Decision));
    }
}
