namespace CarbonPlatform.Certification.Certificates;

/// <summary>What the issuing body may do to a certificate in its current status. Pure.</summary>
public static class CertificateStatusChange
{
    public const string Suspend = "suspend";
    public const string Reinstate = "reinstate";
    public const string Revoke = "revoke";

    public static bool IsKnown(string? action) => action is Suspend or Reinstate or Revoke;

    /// <summary>The state after the action, or null with the reason; <paramref name="status"/> is the certificate's status today.</summary>
    public static (CertificateState? Next, string? Refusal) Decide(string status, string action) => (status, action) switch
    {
        ("valid", Suspend) => (CertificateState.Suspended, null),
        ("suspended", Reinstate) => (CertificateState.Valid, null),
        ("valid" or "suspended", Revoke) => (CertificateState.Revoked, null),
        ("revoked", _) => (null, "A revoked certificate stays revoked."),
        ("expired", _) => (null, "An expired certificate is no longer suspended, reinstated or revoked."),
        (_, Suspend) => (null, $"Only a valid certificate can be suspended; this one is '{status}'."),
        (_, Reinstate) => (null, $"Only a suspended certificate can be reinstated; this one is '{status}'."),
        _ => (null, $"Unknown action '{action}'."),
    };

    public static string StatusName(CertificateState state) => state.ToString().ToLowerInvariant();
}
