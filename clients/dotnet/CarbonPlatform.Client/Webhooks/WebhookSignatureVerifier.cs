using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.Client.Webhooks;

/// <summary>
/// Checks a delivery the way the platform signs it: <c>X-Carbon-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex
/// HMAC-SHA256(secret, "&lt;t&gt;.&lt;raw body&gt;")&gt;</c>. Give it the raw bytes received, before any JSON parsing;
/// the comparison is in constant time and a <c>t</c> outside the tolerance is refused (replays). Several <c>v1</c>
/// values are accepted, any of which may match.
/// </summary>
public sealed class WebhookSignatureVerifier
{
    public const string SignatureHeader = "X-Carbon-Signature";
    /// <summary>The delivery's id, the same on every retry: de-duplicate on it (delivery is at least once).</summary>
    public const string DeliveryHeader = "X-Carbon-Delivery";
    public const string EventHeader = "X-Carbon-Event";

    /// <summary>Five minutes either way.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    private readonly byte[] _secret;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _time;

    /// <param name="secret">The subscription's signing secret (<c>whsec_…</c>), as answered when it was created.</param>
    /// <param name="tolerance">How far from now a signature's time may be; <see cref="DefaultTolerance"/> when null.</param>
    /// <param name="time">The clock (tests pass their own).</param>
    public WebhookSignatureVerifier(string secret, TimeSpan? tolerance = null, TimeProvider? time = null)
    {
        if (string.IsNullOrEmpty(secret)) throw new ArgumentException("The subscription's secret is required.", nameof(secret));
        _secret = Encoding.UTF8.GetBytes(secret);
        _tolerance = tolerance ?? DefaultTolerance;
        if (_tolerance < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(tolerance), "The tolerance is not negative.");
        _time = time ?? TimeProvider.System;
    }

    public WebhookVerification Verify(string? signatureHeader, string rawBody)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return Verify(signatureHeader, Encoding.UTF8.GetBytes(rawBody));
    }

    public WebhookVerification Verify(string? signatureHeader, ReadOnlySpan<byte> rawBody)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader)) return WebhookVerification.MissingSignature;
        if (!SignatureParts.TryParse(signatureHeader, out var parts)) return WebhookVerification.MalformedSignature;
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(parts.Seconds);
        if ((_time.GetUtcNow() - signedAt).Duration() > _tolerance) return WebhookVerification.TimestampOutsideTolerance;
        var expected = Mac(parts.Timestamp, rawBody);
        foreach (var candidate in parts.Signatures)
            if (CryptographicOperations.FixedTimeEquals(expected, candidate)) return WebhookVerification.Valid;
        return WebhookVerification.SignatureMismatch;
    }

    private byte[] Mac(string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private sealed record SignatureParts(string Timestamp, long Seconds, IReadOnlyList<byte[]> Signatures)
    {
        private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
        private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

        public static bool TryParse(string header, out SignatureParts parts)
        {
            parts = null!;
            string? timestamp = null;
            var signatures = new List<byte[]>();
            foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith("t=", StringComparison.Ordinal)) timestamp = part[2..];
                else if (part.StartsWith("v1=", StringComparison.Ordinal))
                {
                    var hex = part[3..];
                    if (hex.Length != 64 || !hex.All(Uri.IsHexDigit)) return false;
                    signatures.Add(Convert.FromHexString(hex));
                }
            }
            if (timestamp is null || signatures.Count == 0) return false;
            if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
            if (seconds < MinSeconds || seconds > MaxSeconds) return false;
            parts = new SignatureParts(timestamp, seconds, signatures);
            return true;
        }
    }
}
