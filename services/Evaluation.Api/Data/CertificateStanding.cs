namespace CarbonPlatform.Evaluation.Data;

/// <summary>
/// The latest status the issuing body gave the certificate of one application (suspended, valid again, revoked), as far
/// as the overview needs it. Changes may arrive in any order: the newest change wins, and a revocation is final.
/// </summary>
public sealed class CertificateStanding
{
    public Guid ApplicationId { get; set; }
    public required string Number { get; set; }
    public required string Status { get; set; }
    public DateTime ChangedAt { get; set; }
    /// <summary>How many changes were applied; the overview row counts them with the hold facts, so more is newer.</summary>
    public int Changes { get; set; }
}
