using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// <c>X-Carbon-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "&lt;t&gt;.&lt;raw body&gt;")&gt;</c>.
/// A receiver recomputes the HMAC over the raw bytes it received (before any JSON parsing), compares in constant time
/// and refuses a timestamp outside its tolerance (replays); <see cref="Verify"/> is that check.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Carbon-Signature";
    public const string DeliveryHeader = "X-Carbon-Delivery";
    public const string EventHeader = "X-Carbon-Event";

    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Header(string secret, string body, DateTimeOffset now)
    {
        var t = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(Mac(secret, t, body))}";
    }

    public static bool Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header)) return false;
        string? t = null;
        var signatures = new List<string>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal)) t = part[2..];
            else if (part.StartsWith("v1=", StringComparison.Ordinal)) signatures.Add(part[3..]);
        }
        if (t is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance) return false;
        var expected = Mac(secret, t, body);
        return signatures.Any(s => IsHex(s) && CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(s)));
    }

    private static byte[] Mac(string secret, string t, string body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));

    private static bool IsHex(string s) => s.Length == 64 && s.All(Uri.IsHexDigit);
}
