namespace CarbonPlatform.ActivityData.Data;

/// <summary>A document backing ledger entries (an invoice, a meter photo…): its bytes in <see cref="EvidenceContent"/>, checked against its SHA-256 on every read.</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
}
