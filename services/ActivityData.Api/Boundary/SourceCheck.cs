namespace CarbonPlatform.ActivityData.Boundary;

/// <summary>A line's <c>sourceId</c> must name an emission source registered for the same park.</summary>
public static class SourceCheck
{
    /// <summary>One error per line index whose sourceId is not a source of the park.</summary>
    public static Task<List<(int Index, InputError Error)>> UnknownAsync(ActivityDb db, Guid parkId, IReadOnlyList<LineAnnotation> notes,
        IReadOnlyList<string?> lineIds, CancellationToken ct)
        => AnnotationReferences.UnknownAsync(notes, n => n.SourceId,
            ids => db.Sources.AsNoTracking().Where(s => s.ParkId == parkId && ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct), lineIds,
            "sourceId", "unknown-source", id => $"'{id}' is not an emission source of this park; register it first (POST …/emission-sources).");

    /// <summary>The record with the source its line names (a checked GUID), or none.</summary>
    public static ActivityRecord WithSource(this ActivityRecord record, LineAnnotation note)
    {
        record.SourceId = Guid.TryParse(note.SourceId, out var id) ? id : null;
        return record;
    }
}
