using CarbonPlatform.Certification.Webhooks;

namespace CarbonPlatform.Certification.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_0123456789abcdef";
    private const string Body = """{"id":"7d4c","type":"application.submitted","data":{"parkId":"p-1"}}""";
    private static readonly DateTimeOffset SentAt = new(2026, 11, 24, 8, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void Header_is_the_timestamp_and_the_hex_hmac_of_timestamp_dot_body()
    {
        var header = WebhookSignature.Header(Secret, Body, SentAt);
        var t = SentAt.ToUnixTimeSeconds();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Secret), System.Text.Encoding.UTF8.GetBytes($"{t}.{Body}")));
        Assert.Equal($"t={t},v1={expected}", header);
    }

    [Fact]
    public void Verify_accepts_the_right_secret_within_the_tolerance()
    {
        var header = WebhookSignature.Header(Secret, Body, SentAt);
        Assert.True(WebhookSignature.Verify(Secret, header, Body, SentAt.AddMinutes(4), Tolerance));
    }

    [Fact]
    public void Verify_rejects_a_tampered_body()
    {
        var header = WebhookSignature.Header(Secret, Body, SentAt);
        Assert.False(WebhookSignature.Verify(Secret, header, Body.Replace("p-1", "p-2"), SentAt, Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, Body + " ", SentAt, Tolerance));
    }

    [Fact]
    public void Verify_rejects_a_wrong_secret()
    {
        var header = WebhookSignature.Header(Secret, Body, SentAt);
        Assert.False(WebhookSignature.Verify("whsec_another", header, Body, SentAt, Tolerance));
    }

    [Fact]
    public void Verify_rejects_a_stale_or_future_timestamp()
    {
        var header = WebhookSignature.Header(Secret, Body, SentAt);
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SentAt.AddMinutes(6), Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SentAt.AddMinutes(-6), Tolerance));
    }

    [Fact]
    public void Verify_rejects_a_replayed_signature_with_a_fresh_timestamp()
    {
        var v1 = WebhookSignature.Header(Secret, Body, SentAt).Split(",v1=")[1];
        var forged = $"t={SentAt.AddMinutes(30).ToUnixTimeSeconds()},v1={v1}";
        Assert.False(WebhookSignature.Verify(Secret, forged, Body, SentAt.AddMinutes(30), Tolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=00")]
    [InlineData("t=abc,v1=00")]
    [InlineData("t=1795509000")]
    [InlineData("t=1795509000,v1=not-hex")]
    public void Verify_rejects_a_malformed_header(string? header) =>
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SentAt, Tolerance));

    [Fact]
    public void Secrets_are_random_and_long()
    {
        var a = WebhookSignature.NewSecret();
        Assert.StartsWith("whsec_", a);
        Assert.Equal(6 + 64, a.Length);
        Assert.NotEqual(a, WebhookSignature.NewSecret());
    }

    [Fact]
    public void Backoff_doubles_from_the_base_delay_up_to_the_cap()
    {
        var options = new WebhookOptions();
        Assert.Equal(TimeSpan.FromSeconds(2), options.DelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(4), options.DelayAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(256), options.DelayAfter(8));
        Assert.Equal(TimeSpan.FromSeconds(512), options.DelayAfter(9));
        Assert.Equal(TimeSpan.FromMinutes(10), options.DelayAfter(10));
        Assert.Equal(TimeSpan.FromMinutes(10), options.DelayAfter(100));
    }
}
