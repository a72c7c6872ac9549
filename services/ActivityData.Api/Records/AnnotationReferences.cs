namespace CarbonPlatform.ActivityData.Records;

/// <summary>What a line's annotation names (an evidence file, an emission source) must exist in the same park.</summary>
public static class AnnotationReferences
{
    /// <summary>
    /// One error per line index whose named id is not a GUID among <paramref name="knownAsync"/>'s answer (the park's rows of
    /// the ids asked for); the error is on <paramref name="field"/> with <paramref name="code"/> and the message for the id.
    /// </summary>
    public static async Task<List<(int Index, InputError Error)>> UnknownAsync(IReadOnlyList<LineAnnotation> notes, Func<LineAnnotation, string?> named,
        Func<List<Guid>, Task<List<Guid>>> knownAsync, IReadOnlyList<string?> lineIds, string field, string code, Func<string, string> message)
    {
        var naming = notes.Select((n, i) => (i, Id: named(n))).Where(x => x.Id is not null).ToList();
        if (naming.Count == 0) return [];
        var ids = naming.Select(x => Guid.TryParse(x.Id, out var g) ? g : Guid.Empty).Distinct().ToList();
        var known = (await knownAsync(ids)).ToHashSet();
        return naming.Where(x => !Guid.TryParse(x.Id, out var g) || !known.Contains(g))
            .Select(x => (x.i, new InputError(x.i < lineIds.Count ? lineIds[x.i] : null, field, code, message(x.Id!))))
            .ToList();
    }
}
