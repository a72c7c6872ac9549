namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>
/// Moves evidence files written under the data folder (before evidence lived in the database) into the database, at
/// start-up on every replica, since each pod's folder is its own. A file whose bytes match its row's SHA-256 is stored
/// and then deleted from disk; one that does not match, or has no row, is left where it is and reported.
/// </summary>
public static class EvidenceFolderImport
{
    public sealed record Outcome(int Moved, int Mismatched, int Orphaned);

    public static async Task<Outcome> RunAsync(ActivityDb db, string dataFolder, CancellationToken ct)
    {
        var folder = EvidenceRules.FolderOf(dataFolder);
        if (!Directory.Exists(folder)) return new Outcome(0, 0, 0);
        int moved = 0, mismatched = 0, orphaned = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (!Guid.TryParseExact(Path.GetFileName(path), "N", out var id)) continue;
            var evidence = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
            if (evidence is null) { orphaned++; continue; }
            if (!await db.EvidenceContents.AnyAsync(c => c.EvidenceId == id, ct))
            {
                var bytes = await File.ReadAllBytesAsync(path, ct);
                if (EvidenceRules.Sha256(bytes) != evidence.Sha256) { mismatched++; continue; }
                if (!await TryStoreAsync(db, id, bytes, ct)) continue;
            }
            File.Delete(path);
            moved++;
        }
        return new Outcome(moved, mismatched, orphaned);
    }

    /// <summary>The primary key decides between replicas moving the same file: the loser finds it stored.</summary>
    private static async Task<bool> TryStoreAsync(ActivityDb db, Guid id, byte[] bytes, CancellationToken ct)
    {
        var content = db.EvidenceContents.Add(new EvidenceContent { EvidenceId = id, Bytes = bytes });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            content.State = EntityState.Detached;
            if (await db.EvidenceContents.AsNoTracking().AnyAsync(c => c.EvidenceId == id, ct)) return true;
            throw;
        }
        finally
        {
            content.State = EntityState.Detached;
        }
    }
}
