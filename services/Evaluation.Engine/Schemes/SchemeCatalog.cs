using System.Collections.Immutable;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>
/// The scheme versions an evaluation can use: the five shipped as embedded JSON, plus any published
/// later. Immutable; <see cref="Publish"/> returns a new catalog.
/// </summary>
public sealed class SchemeCatalog
{
    private static readonly Lazy<SchemeCatalog> BuiltInCatalog = new(() => new SchemeCatalog(EmbeddedSchemes.Load()));

    private readonly ImmutableList<SchemeDefinition> _versions;

    private SchemeCatalog(IEnumerable<SchemeDefinition> versions) =>
        _versions = versions.OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Version).ToImmutableList();

    /// <summary>The shipped schemes: cers-2025-provisional, ndrc-910-2025, hunan-2027, hunan-2030, hunan-2035.</summary>
    public static SchemeCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Every version of every scheme.</summary>
    public IReadOnlyList<SchemeDefinition> AllVersions => _versions;

    /// <summary>The latest version of each scheme.</summary>
    public IReadOnlyList<SchemeDefinition> Latest =>
        _versions.GroupBy(s => s.Id).Select(g => g.MaxBy(s => s.Version)!).ToList();

    /// <summary>The given version, or the latest when <paramref name="version"/> is null; null when unknown.</summary>
    public SchemeDefinition? Find(string id, int? version = null)
    {
        var candidates = _versions.Where(s => s.Id == id);
        return version is { } v ? candidates.FirstOrDefault(s => s.Version == v) : candidates.LastOrDefault();
    }

    public SchemeDefinition Get(string id, int? version = null) =>
        Find(id, version) ?? throw new KeyNotFoundException($"Unknown scheme '{id}'{(version is { } v ? $" version {v}" : "")}.");

    /// <summary>Adds a new version; refused with errors when invalid or when that version already exists.</summary>
    public SchemePublication Publish(SchemeDefinition definition)
    {
        var errors = SchemeDefinitionValidator.Validate(definition).ToList();
        if (Find(definition.Id, definition.Version) is not null)
        {
            errors.Add(InputError.For("version", "version-exists", $"Scheme {definition.Id} already has version {definition.Version}."));
        }

        return errors.Count > 0
            ? new SchemePublication(this, errors)
            : new SchemePublication(new SchemeCatalog(_versions.Add(definition)), []);
    }
}

/// <summary>The catalog after a publication (unchanged when refused) and the reasons for a refusal.</summary>
public sealed record SchemePublication(SchemeCatalog Catalog, IReadOnlyList<InputError> Errors)
{
    public bool Accepted => Errors.Count == 0;
}
