using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using CarbonPlatform.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.SignIn;

/// <summary>
/// The data protection key ring (it protects the sign-in cookie and the antiforgery tokens) is kept in the identity
/// database; with <c>Identity:DataProtectionCertificatePath</c> (a PEM file with an X.509 certificate and its RSA
/// private key) every key is stored encrypted to that certificate, so a copy of the database alone cannot forge a
/// session. Production requires it. Keys stored plain before it was set are replaced (<see cref="ReplacePlainKeysAsync"/>). To rotate it,
/// name the old one in <c>Identity:PreviousDataProtectionCertificatePath</c> until the keys encrypted to it expire
/// (90 days after their creation).
/// </summary>
public static class KeyRingProtection
{
    public const string Setting = "Identity:DataProtectionCertificatePath";
    public const string PreviousSetting = "Identity:PreviousDataProtectionCertificatePath";

    public static IDataProtectionBuilder ProtectKeysAsConfigured(this IDataProtectionBuilder builder, IConfiguration configuration,
        IHostEnvironment environment)
    {
        if (configuration[Setting] is { Length: > 0 } path)
        {
            var certificate = Load(Setting, path);
            // Decryption finds the certificates here, not in an OS certificate store. The previous one (a rotation)
            // still opens the keys encrypted to it until they have all expired.
            var readable = configuration[PreviousSetting] is { Length: > 0 } previous ? [certificate, Load(PreviousSetting, previous)] : new[] { certificate };
            return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(readable);
        }
        if (environment.IsProduction())
            throw new InvalidOperationException($"{Setting} is not configured: production never keeps the sign-in key ring unencrypted.");
        return builder;
    }

    /// <summary>
    /// Once the certificate is set, a key stored before it (plain in the database, perhaps still the one in use) is
    /// replaced: a new, encrypted key takes over and the plain ones are revoked, so what a copy of the database shows
    /// no longer opens anything. People signed in under the old key sign in again.
    /// </summary>
    public static async Task ReplacePlainKeysAsync(WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Configuration[Setting])) return;
        await using var scope = app.Services.CreateAsyncScope();
        var rows = (await scope.ServiceProvider.GetRequiredService<IdentityDb>().DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync())
            .Where(x => x is not null).Select(x => XElement.Parse(x!)).ToList();
        var revoked = rows.Where(r => r.Name.LocalName == "revocation").Select(r => r.Element("key")?.Attribute("id")?.Value).ToHashSet();
        var plain = rows.Where(r => r.Name.LocalName == "key" && !r.Descendants().Any(d => d.Name.LocalName == "encryptedSecret"))
            .Select(r => r.Attribute("id")!.Value).Where(id => !revoked.Contains(id)).Select(Guid.Parse).ToList();
        if (plain.Count == 0) return;
        var keys = app.Services.GetRequiredService<IKeyManager>();
        var now = DateTimeOffset.UtcNow;
        keys.CreateNewKey(now, now.AddDays(90));
        foreach (var id in plain) keys.RevokeKey(id, "Stored before the key ring was encrypted.");
        app.Logger.LogWarning("Key ring: {Count} keys stored unencrypted were revoked and replaced by an encrypted one", plain.Count);
    }

    private static X509Certificate2 Load(string setting, string path)
    {
        var certificate = X509Certificate2.CreateFromPemFile(path);
        return certificate.HasPrivateKey ? certificate : throw new InvalidOperationException($"{setting} must hold the certificate's private key too.");
    }
}
