namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// How far a park's chain was last verified intact: up to entry <see cref="Sequence"/>, whose hash was <see cref="HeadHash"/>.
/// A later verification re-checks that entry and walks on from it, not from the start; only ever moved forward.
/// </summary>
public sealed class LedgerCheckpoint
{
    public Guid ParkId { get; set; }
    public long Sequence { get; set; }
    public required string HeadHash { get; set; }
    public DateTime VerifiedAt { get; set; }
}
