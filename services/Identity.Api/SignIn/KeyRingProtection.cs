using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CarbonPlatform.Identity.SignIn;

/// <summary>
/// The data protection key ring (it protects the sign-in cookie and the antiforgery tokens) is kept in the identity
/// database; with <c>Identity:DataProtectionCertificatePath</c> (a PEM file with an X.509 certificate and its RSA
/// private key) every key is stored encrypted to that certificate, so a copy of the database alone cannot forge a
/// session. Production requires it. Keys written before it was set stay readable; new ones are encrypted.
/// </summary>
public static class KeyRingProtection
{
    public const string Setting = "Identity:DataProtectionCertificatePath";

    public static IDataProtectionBuilder ProtectKeysAsConfigured(this IDataProtectionBuilder builder, IConfiguration configuration,
        IHostEnvironment environment)
    {
        if (configuration[Setting] is { Length: > 0 } path)
        {
            var certificate = X509Certificate2.CreateFromPemFile(path);
            if (!certificate.HasPrivateKey) throw new InvalidOperationException($"{Setting} must hold the certificate's private key too.");
            // Decryption finds the certificate here, not in an OS certificate store.
            return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        if (environment.IsProduction())
            throw new InvalidOperationException($"{Setting} is not configured: production never keeps the sign-in key ring unencrypted.");
        return builder;
    }
}
