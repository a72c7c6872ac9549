using System.Text;
using System.Text.Json;
using CarbonPlatform.Client.Tests.Support;
using CarbonPlatform.Client.Webhooks;
using Service = CarbonPlatform.Certification.Webhooks;

namespace CarbonPlatform.Client.Tests.Webhooks;

/// <summary>Deliveries signed by the certification service's own code, checked by the client's verifier.</summary>
public sealed class WebhookSignatureTests
{
    private static readonly string Secret = Service.WebhookSignature.NewSecret();
    private readonly TestClock _clock = new();

    /// <summary>A body as the service's webhook outbox writes it (the service's payload record, web JSON).</summary>
    private static string SubmittedBody() => JsonSerializer.Serialize(new Service.ApplicationWebhook(
        Guid.NewGuid(), "application.submitted", new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc),
        new Service.ApplicationEventData(Guid.NewGuid(), Guid.NewGuid(), "常州零碳园", Guid.NewGuid(), 2025, "cers-2025", "submitted", "请审核")),
        JsonSerializerOptions.Web);

    private string SignedNow(string body) => Service.WebhookSignature.Header(Secret, body, _clock.GetUtcNow());

    [Fact]
    public void A_delivery_signed_by_the_certification_service_is_valid_over_its_raw_bytes()
    {
        var body = SubmittedBody();
        var header = SignedNow(body);
        _clock.Advance(TimeSpan.FromSeconds(20));
        var verifier = new WebhookSignatureVerifier(Secret, time: _clock);

        Assert.Equal(WebhookVerification.Valid, verifier.Verify(header, Encoding.UTF8.GetBytes(body)));
        Assert.Equal(WebhookVerification.Valid, verifier.Verify(header, body));
    }

    [Fact]
    public void A_tampered_body_is_refused()
    {
        var body = SubmittedBody();
        var header = SignedNow(body);

        var verifier = new WebhookSignatureVerifier(Secret, time: _clock);

        Assert.Equal(WebhookVerification.SignatureMismatch, verifier.Verify(header, body.Replace("2025", "2024")));
        Assert.Equal(WebhookVerification.SignatureMismatch, verifier.Verify(header, body + " "));
    }

    [Fact]
    public void Another_subscription_s_secret_does_not_verify_it()
    {
        var body = SubmittedBody();
        var header = SignedNow(body);

        Assert.Equal(WebhookVerification.SignatureMismatch,
            new WebhookSignatureVerifier(Service.WebhookSignature.NewSecret(), time: _clock).Verify(header, body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_signature_older_or_newer_than_the_tolerance_is_refused_as_a_replay(int secondsFromNow)
    {
        var body = SubmittedBody();
        var header = Service.WebhookSignature.Header(Secret, body, _clock.GetUtcNow().AddSeconds(secondsFromNow));
        var verifier = new WebhookSignatureVerifier(Secret, time: _clock);

        Assert.Equal(WebhookVerification.TimestampOutsideTolerance, verifier.Verify(header, body));
        Assert.Equal(WebhookVerification.Valid, new WebhookSignatureVerifier(Secret, TimeSpan.FromMinutes(10), _clock).Verify(header, body));
    }

    [Theory]
    [InlineData(null, WebhookVerification.MissingSignature)]
    [InlineData("", WebhookVerification.MissingSignature)]
    [InlineData("v1=00", WebhookVerification.MalformedSignature)]
    [InlineData("t=abc,v1=0000000000000000000000000000000000000000000000000000000000000000", WebhookVerification.MalformedSignature)]
    [InlineData("t=1772352000", WebhookVerification.MalformedSignature)]
    [InlineData("t=1772352000,v1=zz", WebhookVerification.MalformedSignature)]
    public void A_missing_or_malformed_header_is_refused(string? header, WebhookVerification expected) =>
        Assert.Equal(expected, new WebhookSignatureVerifier(Secret, time: _clock).Verify(header, SubmittedBody()));

    [Fact]
    public void A_verified_body_is_read_into_the_contract_s_payload_type()
    {
        var body = SubmittedBody();

        var submitted = WebhookPayloads.ReadApplication(body);

        Assert.Equal(("application.submitted", "常州零碳园", 2025, "submitted"),
            (submitted.Type, submitted.Data!.ParkName, submitted.Data.Year, submitted.Data.Status));
        Assert.NotEqual(Guid.Empty, submitted.Data.ApplicationId);
    }
}
