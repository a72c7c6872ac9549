namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// The bytes of an evidence file, in the service's database so every replica serves them and a restart keeps them; a
/// table of its own so reading a file's description never loads its content.
/// </summary>
public sealed class EvidenceContent
{
    public Guid EvidenceId { get; set; }
    public required byte[] Bytes { get; set; }
}
