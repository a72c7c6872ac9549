using System.Security.Cryptography;
using CarbonPlatform.ActivityData.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>
/// Evidence bytes in the service's database, shared by every replica and kept across restarts: read whole (files are
/// at most <see cref="EvidenceRules.MaxBytes"/>) and hashed on the way in, checked against the recorded SHA-256 on the way out.
/// </summary>
public static class EvidenceStore
{
    public static async Task<(byte[] Bytes, string Sha256)> ReadUploadAsync(Stream source, long length, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Min(length, EvidenceRules.MaxBytes));
        await source.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        return (bytes, EvidenceRules.Sha256(bytes));
    }

    public static void Add(ActivityDb db, EvidenceFile evidence, byte[] bytes)
    {
        db.Evidence.Add(evidence);
        db.EvidenceContents.Add(new EvidenceContent { EvidenceId = evidence.Id, Bytes = bytes });
    }

    /// <summary>The file's bytes when they are stored and match its SHA-256; otherwise why not.</summary>
    public static async Task<StoredEvidence> LoadAsync(ActivityDb db, EvidenceFile evidence, CancellationToken ct)
    {
        var bytes = await db.EvidenceContents.AsNoTracking().Where(c => c.EvidenceId == evidence.Id).Select(c => c.Bytes).FirstOrDefaultAsync(ct);
        if (bytes is null) return new StoredEvidence(null, EvidenceDefect.Missing);
        return EvidenceRules.Sha256(bytes) == evidence.Sha256 ? new StoredEvidence(bytes, null) : new StoredEvidence(null, EvidenceDefect.Corrupt);
    }
}

public enum EvidenceDefect { Missing, Corrupt }

public sealed record StoredEvidence(byte[]? Bytes, EvidenceDefect? Defect);
