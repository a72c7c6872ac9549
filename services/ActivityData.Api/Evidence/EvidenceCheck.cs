using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>A line's <c>evidenceId</c> must name an evidence file of the same park.</summary>
public static class EvidenceCheck
{
    /// <summary>One error per (line index, evidenceId) that does not name the park's evidence; by line index.</summary>
    public static async Task<List<(int Index, InputError Error)>> UnknownAsync(ActivityDb db, Guid parkId, IReadOnlyList<LineAnnotation> notes,
        IReadOnlyList<string?> lineIds, CancellationToken ct)
    {
        var named = notes.Select((n, i) => (i, n.EvidenceId)).Where(x => x.EvidenceId is not null).ToList();
        if (named.Count == 0) return [];
        var ids = named.Select(x => Guid.TryParse(x.EvidenceId, out var g) ? g : Guid.Empty).Distinct().ToList();
        var known = (await db.Evidence.AsNoTracking().Where(e => e.ParkId == parkId && ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        return named.Where(x => !Guid.TryParse(x.EvidenceId, out var g) || !known.Contains(g))
            .Select(x => (x.i, new InputError(x.i < lineIds.Count ? lineIds[x.i] : null, "evidenceId", "unknown-evidence",
                $"'{x.EvidenceId}' is not an evidence file of this park; upload it first (POST …/evidence).")))
            .ToList();
    }
}
