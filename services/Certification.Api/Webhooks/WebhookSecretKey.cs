using System.Security.Cryptography;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// The key webhook secrets are sealed with: <c>Webhooks:SecretKey</c> (base64 of 32 random bytes, from a Secret or the
/// Dapr secret store). Production and SQL Server require it; a local SQLite run makes one once in its data folder, as
/// for the identity service's development keys.
/// </summary>
public static class WebhookSecretKey
{
    public const string Setting = "Webhooks:SecretKey";

    public static byte[] Load(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            var key = TryBase64(configured) ?? throw new InvalidOperationException($"{Setting} is not base64.");
            return key.Length == 32 ? key : throw new InvalidOperationException($"{Setting} must be 32 bytes (base64 of 32 random bytes), not {key.Length}.");
        }
        if (environment.IsProduction())
            throw new InvalidOperationException($"{Setting} is not configured: production never keeps webhook secrets under a development key.");
        // A shared database means replicas and a migration Job: a key made in one of their data folders is no one else's.
        if (string.Equals(configuration["Database:Provider"], "SqlServer", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{Setting} is not configured: with SQL Server every replica must share one key.");
        var folder = configuration["Database:DataFolder"] ?? Path.Combine(AppContext.BaseDirectory, "data");
        var file = Path.Combine(folder, "webhook-secret.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
