namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>
/// Where evidence bytes live: the service's database by default, or S3-compatible object storage where
/// <c>Evidence:S3:ServiceUrl</c> is configured. Either way every replica reads what any replica wrote, across restarts.
/// </summary>
public interface IEvidenceContents
{
    /// <summary>Keeps the bytes of a file whose row is being added in <paramref name="db"/> (saved by the caller).</summary>
    Task StoreAsync(ActivityDb db, EvidenceFile evidence, byte[] bytes, CancellationToken ct);

    /// <summary>The stored bytes, or null when there are none.</summary>
    Task<byte[]?> ReadAsync(ActivityDb db, EvidenceFile evidence, CancellationToken ct);
}

/// <summary>Bytes in the <c>EvidenceContents</c> table, saved in the same transaction as the file's row.</summary>
public sealed class DatabaseEvidenceContents : IEvidenceContents
{
    public Task StoreAsync(ActivityDb db, EvidenceFile evidence, byte[] bytes, CancellationToken ct)
    {
        db.EvidenceContents.Add(new EvidenceContent { EvidenceId = evidence.Id, Bytes = bytes });
        return Task.CompletedTask;
    }

    public Task<byte[]?> ReadAsync(ActivityDb db, EvidenceFile evidence, CancellationToken ct) =>
        db.EvidenceContents.AsNoTracking().Where(c => c.EvidenceId == evidence.Id).Select(c => c.Bytes).FirstOrDefaultAsync(ct)!;
}
