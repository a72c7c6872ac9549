namespace CarbonPlatform.ActivityData.Boundary;

/// <summary>
/// An enterprise's people and API clients (organisation kind enterprise): they reach only the park their token names, and
/// within it only their own enterprise's sources and the lines recorded for them. The park's totals stay the operator's.
/// </summary>
public static class EnterpriseCallers
{
    /// <summary>The park for an enterprise caller of it (404 for any other park); writing needs enterprise-data-entry (403).</summary>
    public static async Task<ParkAccessResult> ForEnterpriseAsync(this IParkDirectory parks, Caller caller, Guid parkId, bool writing,
        CancellationToken ct)
    {
        var park = caller.IsEnterprise && caller.ParkId == parkId ? await parks.FindAsync(parkId, ct) : null;
        if (park is null) return new(null, Refusal.NotFound("The park"));
        return writing && !caller.Has(PlatformRoles.EnterpriseDataEntry)
            ? new(null, Refusal.Forbidden("This enterprise caller may read its data but not change it."))
            : new(park, null);
    }

    /// <summary>Every line of an enterprise's batch names one of its own sources; the lines that do not, by field.</summary>
    public static async Task<IReadOnlyList<InputError>> ForeignLinesAsync(ActivityDb db, Guid parkId, Guid enterpriseId,
        IReadOnlyList<LineAnnotation> notes, IReadOnlyList<string?> lineIds, CancellationToken ct)
    {
        var own = (await db.Sources.AsNoTracking().Where(s => s.ParkId == parkId && s.EnterpriseId == enterpriseId).Select(s => s.Id).ToListAsync(ct))
            .ToHashSet();
        var errors = new List<InputError>();
        for (var i = 0; i < lineIds.Count; i++)
        {
            var source = i < notes.Count ? notes[i].SourceId : null;
            if (Guid.TryParse(source, out var id) && own.Contains(id)) continue;
            errors.Add(new InputError(lineIds[i], "sourceId", "not-own-source",
                "An enterprise writes lines only for its own registered emission sources: name one of them in sourceId."));
        }
        return errors;
    }

    /// <summary>The records an enterprise may see: those recorded for its own sources.</summary>
    public static IQueryable<ActivityRecord> OwnedBy(this IQueryable<ActivityRecord> records, ActivityDb db, Guid enterpriseId) =>
        records.Where(r => r.SourceId != null && db.Sources.Any(s => s.Id == r.SourceId && s.EnterpriseId == enterpriseId));
}
