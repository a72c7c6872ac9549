using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// A device's secret: 32 random bytes, hex. Kept as its SHA-256 only — with that much entropy a slow hash adds nothing,
/// and every HTTP reading checks it.
/// </summary>
public static class DeviceSecrets
{
    public static string New() => RandomNumberGenerator.GetHexString(64, lowercase: true);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    public static string UsernameOf(Guid deviceId) => $"device-{deviceId:N}";
}
