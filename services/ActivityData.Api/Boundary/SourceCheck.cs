using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ActivityData.Boundary;

/// <summary>A line's <c>sourceId</c> must name an emission source registered for the same park.</summary>
public static class SourceCheck
{
    /// <summary>One error per line index whose sourceId is not a source of the park.</summary>
    public static async Task<List<(int Index, InputError Error)>> UnknownAsync(ActivityDb db, Guid parkId, IReadOnlyList<LineAnnotation> notes,
        IReadOnlyList<string?> lineIds, CancellationToken ct)
    {
        var named = notes.Select((n, i) => (i, n.SourceId)).Where(x => x.SourceId is not null).ToList();
        if (named.Count == 0) return [];
        var ids = named.Select(x => Guid.TryParse(x.SourceId, out var g) ? g : Guid.Empty).Distinct().ToList();
        var known = (await db.Sources.AsNoTracking().Where(s => s.ParkId == parkId && ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        return named.Where(x => !Guid.TryParse(x.SourceId, out var g) || !known.Contains(g))
            .Select(x => (x.i, new InputError(x.i < lineIds.Count ? lineIds[x.i] : null, "sourceId", "unknown-source",
                $"'{x.SourceId}' is not an emission source of this park; register it first (POST …/emission-sources).")))
            .ToList();
    }

    /// <summary>The record with the source its line names (a checked GUID), or none.</summary>
    public static ActivityRecord WithSource(this ActivityRecord record, LineAnnotation note)
    {
        record.SourceId = Guid.TryParse(note.SourceId, out var id) ? id : null;
        return record;
    }
}
