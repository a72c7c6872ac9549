using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Schemes;

/// <summary>
/// The shipped schemes plus every version published since. Published versions live in the database; a version this
/// replica does not know yet (published through another one) is loaded on first use.
/// </summary>
public sealed class SchemeRegistry
{
    private volatile SchemeCatalog _catalog = SchemeCatalog.BuiltIn;

    public SchemeCatalog Catalog => _catalog;

    public async Task<SchemeDefinition?> FindAsync(string id, int? version, EvaluationDb db, CancellationToken ct)
    {
        var found = _catalog.Find(id, version);
        if (found is not null && version is not null) return found;
        await LoadAsync(db, ct); // the latest version may have been published elsewhere
        return _catalog.Find(id, version);
    }

    public async Task LoadAsync(EvaluationDb db, CancellationToken ct)
    {
        var catalog = SchemeCatalog.BuiltIn;
        foreach (var stored in await db.Schemes.AsNoTracking().OrderBy(s => s.PublishedAt).ToListAsync(ct))
        {
            var read = SchemeDefinitionReader.Read(stored.DefinitionJson);
            if (!read.IsValid) throw new InvalidOperationException($"Stored scheme {stored.Id} v{stored.Version} no longer reads: {read.Errors[0].Message}");
            catalog = catalog.Publish(read.Definition!).Catalog;
        }
        _catalog = catalog;
    }
}
