namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>
/// Evidence bytes kept where every replica reads them (<see cref="IEvidenceContents"/>): read whole (files are at most
/// <see cref="EvidenceRules.MaxBytes"/>) and hashed on the way in, checked against the recorded SHA-256 on the way out.
/// </summary>
public sealed class EvidenceStore(IEvidenceContents contents)
{
    public static async Task<(byte[] Bytes, string Sha256)> ReadUploadAsync(Stream source, long length, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Min(length, EvidenceRules.MaxBytes));
        await source.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        return (bytes, EvidenceRules.Sha256(bytes));
    }

    public async Task AddAsync(ActivityDb db, EvidenceFile evidence, byte[] bytes, CancellationToken ct)
    {
        await contents.StoreAsync(db, evidence, bytes, ct);
        db.Evidence.Add(evidence);
    }

    /// <summary>The file's bytes when they are stored and match its SHA-256; otherwise why not.</summary>
    public async Task<StoredEvidence> LoadAsync(ActivityDb db, EvidenceFile evidence, CancellationToken ct)
    {
        byte[]? bytes;
        try { bytes = await contents.ReadAsync(db, evidence, ct); }
        catch (EvidenceCorruptException) { return new StoredEvidence(null, EvidenceDefect.Corrupt); }
        if (bytes is null) return new StoredEvidence(null, EvidenceDefect.Missing);
        return EvidenceRules.Sha256(bytes) == evidence.Sha256 ? new StoredEvidence(bytes, null) : new StoredEvidence(null, EvidenceDefect.Corrupt);
    }
}

public enum EvidenceDefect { Missing, Corrupt }

public sealed record StoredEvidence(byte[]? Bytes, EvidenceDefect? Defect);
