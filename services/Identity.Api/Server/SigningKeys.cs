using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CarbonPlatform.Identity.Server;

/// <summary>
/// Signing and encryption keys come from PEM files named by configuration (mounted secrets in a cluster).
/// Only outside production, and only when none is configured, are keys generated into the data folder.
/// </summary>
public static class SigningKeys
{
    /// <summary>
    /// Rotation without a gap: <c>Identity:NextSigningKeyPath</c> is published in the key set before it signs anything,
    /// so every service has it cached when it is promoted to <c>SigningKeyPath</c>; the key it replaces moves to
    /// <c>Identity:PreviousSigningKeyPath</c> and stays published until the tokens it signed have expired.
    /// The current key comes first: it is the one that signs.
    /// </summary>
    public static IReadOnlyList<RsaSecurityKey> LoadSigning(IConfiguration configuration, IHostEnvironment environment)
    {
        var keys = new List<RsaSecurityKey> { Load(configuration, environment, "SigningKey") };
        foreach (var name in new[] { "NextSigningKey", "PreviousSigningKey" })
            if (configuration[$"Identity:{name}Path"] is { Length: > 0 } path)
            {
                var key = FromPem(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
                if (keys.Any(k => k.KeyId == key.KeyId))
                    throw new InvalidOperationException($"Identity:{name}Path holds a key that is already configured.");
                keys.Add(key);
            }
        return keys;
    }

    public static RsaSecurityKey Load(IConfiguration configuration, IHostEnvironment environment, string name)
    {
        var path = configuration[$"Identity:{name}Path"];
        if (!string.IsNullOrEmpty(path)) return FromPem(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
        if (environment.IsProduction())
            throw new InvalidOperationException($"Identity:{name}Path is not configured: production never uses development keys.");

        var folder = configuration["Database:DataFolder"] ?? Path.Combine(AppContext.BaseDirectory, "data");
        var file = Path.Combine(folder, "identity-keys", $"development-{name}.pem");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var rsa = RSA.Create(2048);
            // Replicas starting together share the folder: the first key written is everyone's.
            var written = $"{file}.{Guid.NewGuid():N}";
            File.WriteAllText(written, rsa.ExportPkcs8PrivateKeyPem());
            try { File.Move(written, file, overwrite: false); }
            catch (IOException) when (File.Exists(file)) { File.Delete(written); }
        }
        return FromPem(File.ReadAllText(file), $"development-{name}");
    }

    /// <summary>The key id is derived from the public key, so every replica names the same key the same way.</summary>
    private static RsaSecurityKey FromPem(string pem, string label)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var hash = SHA256.HashData(rsa.ExportSubjectPublicKeyInfo());
        return new RsaSecurityKey(rsa) { KeyId = $"{label}-{Convert.ToHexString(hash)[..16].ToLowerInvariant()}" };
    }
}
