using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CarbonPlatform.Identity.SignIn;

/// <summary>
/// The data protection key ring (it protects the sign-in cookie and the antiforgery tokens) is kept in the identity
/// database; with <c>Identity:DataProtectionCertificatePath</c> (a PEM file with an X.509 certificate and its RSA
/// private key) every key is stored encrypted to that certificate, so a copy of the database alone cannot forge a
/// session. Production requires it. Keys written before it was set stay readable; new ones are encrypted. To rotate it,
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

    private static X509Certificate2 Load(string setting, string path)
    {
        var certificate = X509Certificate2.CreateFromPemFile(path);
        return certificate.HasPrivateKey ? certificate : throw new InvalidOperationException($"{setting} must hold the certificate's private key too.");
    }
}
