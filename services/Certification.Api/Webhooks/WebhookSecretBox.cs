using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// Webhook secrets are kept encrypted (AES-256-GCM under <c>Webhooks:SecretKey</c>, bound to their subscription's id):
/// deliveries need them back to sign, so they cannot be hashed, but a copy of the database alone must not give them
/// away. A value without the prefix is a secret stored before they were encrypted; it reads as it is until
/// <see cref="WebhookSecretUpgrade"/> seals it at start-up.
/// </summary>
public sealed class WebhookSecretBox
{
    public const string Prefix = "v1:";
    private const int NonceSize = 12, TagSize = 16;
    private readonly byte[] _key;

    public WebhookSecretBox(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("A webhook secret key is 32 bytes (AES-256).", nameof(key));
        _key = key;
    }

    public static bool IsSealed(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    public string Seal(Guid subscriptionId, string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), subscriptionId.ToByteArray());
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The secret; a <see cref="CryptographicException"/> when it was sealed under another key or for another subscription.</summary>
    public string Open(Guid subscriptionId, string stored)
    {
        if (!IsSealed(stored)) return stored;
        var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
        var length = sealedBytes.Length - NonceSize - TagSize;
        if (length < 0) throw new CryptographicException("A sealed webhook secret is too short.");
        var plain = new byte[length];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain,
            subscriptionId.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }
}
