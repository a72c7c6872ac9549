namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>A line's <c>evidenceId</c> must name an evidence file of the same park.</summary>
public static class EvidenceCheck
{
    /// <summary>One error per (line index, evidenceId) that does not name the park's evidence; by line index.</summary>
    public static Task<List<(int Index, InputError Error)>> UnknownAsync(ActivityDb db, Guid parkId, IReadOnlyList<LineAnnotation> notes,
        IReadOnlyList<string?> lineIds, CancellationToken ct)
        => AnnotationReferences.UnknownAsync(notes, n => n.EvidenceId,
            ids => db.Evidence.AsNoTracking().Where(e => e.ParkId == parkId && ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct), lineIds,
            "evidenceId", "unknown-evidence", id => $"'{id}' is not an evidence file of this park; upload it first (POST …/evidence).");
}
