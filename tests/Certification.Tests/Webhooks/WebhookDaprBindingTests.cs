using System.Text.Json;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Certification.Tests.Support;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>The service configured with a Dapr output binding: deliveries go to the sidecar, never to the receiver itself.</summary>
public sealed class WebhookDaprBindingTests(WebhookDaprBindingTests.Host host) : IClassFixture<WebhookDaprBindingTests.Host>
{
    public const string Binding = "certification-webhooks";

    public sealed class Host : WebhookHost
    {
        public Host() : this(new DaprSidecar()) { }

        private Host(DaprSidecar sidecar) : base(new Dictionary<string, string>
        {
            ["Webhooks:DaprBinding"] = Binding,
            ["Dapr:GrpcEndpoint"] = sidecar.Url,
            ["Dapr:HttpEndpoint"] = sidecar.Url,
        }) => Sidecar = sidecar;

        public DaprSidecar Sidecar { get; }

        public override void Dispose()
        {
            base.Dispose();
            Sidecar.Dispose();
        }
    }

    [Fact]
    public async Task Delivery_goes_through_the_binding_with_operation_post_payload_as_data_and_signature_in_metadata_and_a_sidecar_error_is_retried()
    {
        host.Sidecar.FailOnceThenAccept($"error invoking output binding {Binding}: received status code 502");
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var url = "https://receiver.invalid/hooks/carbon?tenant=cb-7";
        var subscription = await body.SubscribeAsync(url, WebhookEvents.ApplicationResubmitted);
        var applicationId = Guid.NewGuid();

        await host.EnqueueAsync(bodyId, WebhookEvents.ApplicationResubmitted, new { applicationId });
        var delivery = await body.SettledDeliveryAsync(subscription.Id);

        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal([502, 200], delivery.AttemptStatusCodes());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        Assert.All(attempts, a => Assert.Equal("dapr", a.GetProperty("transport").GetString()));
        Assert.Contains("received status code 502", attempts[0].GetProperty("error").GetString());

        var calls = host.Sidecar.Calls();
        Assert.Equal(2, calls.Count);
        foreach (var (_, request) in calls)
        {
            Assert.Equal(Binding, request.Name);
            Assert.Equal("post", request.Operation);
            Assert.Equal("/hooks/carbon?tenant=cb-7", request.Metadata["path"]);
            Assert.Equal(url, request.Metadata[DaprBindingWebhookTransport.TargetUrlHeader]);
            Assert.Equal(delivery.GetProperty("id").GetGuid().ToString(), request.Metadata[WebhookSignature.DeliveryHeader]);
            Assert.Equal(WebhookEvents.ApplicationResubmitted, request.Metadata[WebhookSignature.EventHeader]);
            var data = request.Data.ToStringUtf8();
            Assert.True(WebhookSignature.Verify(subscription.Secret, request.Metadata[WebhookSignature.SignatureHeader], data, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)),
                "the signature in the binding metadata must verify over the data the binding sends");
            var envelope = JsonDocument.Parse(data).RootElement;
            Assert.Equal(WebhookEvents.ApplicationResubmitted, envelope.GetProperty("type").GetString());
            Assert.Equal(applicationId, envelope.GetProperty("data").GetProperty("applicationId").GetGuid());
        }
    }
}
