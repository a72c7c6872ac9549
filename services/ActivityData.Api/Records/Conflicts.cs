using CarbonPlatform.ActivityData.Instruments;

namespace CarbonPlatform.ActivityData.Records;

/// <summary>
/// What a valid batch may still collide with: allocations a recorded line already spends, line ids already recorded for
/// the year, serials already claimed.
/// </summary>
public static class Conflicts
{
    public static async Task<InputError?> FindAsync(ActivityDb db, Guid parkId, ValidBatch batch, IReadOnlyList<LineAnnotation> notes, CancellationToken ct)
    {
        if (await AllocationCheck.SpentAsync(db, notes, batch, ct) is { } spent) return spent;
        var ids = batch.Lines.Select(l => l.Id!).ToList();
        var takenId = await db.Records.AsNoTracking()
            .Where(r => r.ParkId == parkId && r.Year == batch.Year && ids.Contains(r.LineId)).Select(r => r.LineId).FirstOrDefaultAsync(ct);
        if (takenId is not null)
            return new InputError(takenId, "id", "line-id-exists", $"The line id '{takenId}' is already recorded for {batch.Year}; record a correction instead.");

        var serials = batch.Lines.Where(l => l.Serial is not null).Select(l => l.Serial!).ToList();
        if (serials.Count == 0) return null;
        var claimed = await db.Records.AsNoTracking().Where(r => r.Serial != null && serials.Contains(r.Serial)).Select(r => r.Serial).FirstOrDefaultAsync(ct);
        if (claimed is null) return null;
        var line = batch.Lines.First(l => l.Serial == claimed).Id;
        return new InputError(line, "serial", "duplicate-serial", $"The serial {claimed} has already been claimed on this platform.");
    }
}
