using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Storage;

/// <summary>The batches the latest version folded in; <see cref="Legacy"/> when it kept them as a list of its own.</summary>
public sealed record LatestBatches(IReadOnlyList<InventoryBatch> Rows, IReadOnlyList<string> Ids, bool Legacy);

/// <summary>A version's whole text and batches, rebuilt from the newer versions where it keeps only its delta.</summary>
public sealed record InventoryContent(string Json, IReadOnlyList<string> Batches);

/// <summary>
/// Stores and reads inventory versions so that a park's storage grows with what changed: a new version takes the whole
/// text and turns the previous latest into its delta, and batch membership is one row per batch (<see cref="InventoryBatch"/>).
/// Callers hold the park-year's recompute lease, and the (park, year, method, version) key catches any other writer.
/// </summary>
public sealed class InventoryStore(AccountingDb db)
{
    public async Task<LatestBatches> LatestBatchesAsync(InventoryVersion? latest, CancellationToken ct)
    {
        if (latest is null) return new LatestBatches([], [], Legacy: false);
        if (latest.Batches is { } list) return new LatestBatches([], Split(list), Legacy: true);
        var rows = await db.InventoryBatches.Where(b => b.ParkId == latest.ParkId && b.Year == latest.Year && b.Method == latest.Method && b.LastVersion == null)
            .OrderBy(b => b.FirstVersion).ThenBy(b => b.Ordinal).ToListAsync(ct);
        return new LatestBatches(rows, rows.Select(b => b.BatchId).ToList(), Legacy: false);
    }

    /// <summary>A version's columns without its text or delta: what deciding whether to store a new version needs.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<InventoryVersion, InventoryVersion>> Metadata = i => new InventoryVersion
    {
        Id = i.Id, ParkId = i.ParkId, Year = i.Year, Method = i.Method, Version = i.Version, FactorRelease = i.FactorRelease,
        GwpSet = i.GwpSet, LineCount = i.LineCount, Batches = i.Batches, ErrorsJson = i.ErrorsJson, Digest = i.Digest, ComputedAt = i.ComputedAt,
    };

    /// <summary>Adds <paramref name="version"/> to the unit of work, with its batch rows and the previous version's delta.</summary>
    public async Task AddAsync(InventoryVersion version, long? previousId, LatestBatches latest, BatchMembership membership, CancellationToken ct)
    {
        db.Inventories.Add(version);
        var removed = membership.Removed.ToHashSet(StringComparer.Ordinal);
        foreach (var row in latest.Rows.Where(r => removed.Contains(r.BatchId))) row.LastVersion = version.Version - 1;
        var added = latest.Legacy ? membership.Ordered : membership.Added;
        for (var i = 0; i < added.Count; i++)
            db.InventoryBatches.Add(new InventoryBatch
            {
                ParkId = version.ParkId, Year = version.Year, Method = version.Method, BatchId = added[i], FirstVersion = version.Version, Ordinal = i,
            });
        var previous = previousId is long id && version.ResultJson is { Length: > 0 } ? await db.Inventories.FirstAsync(i => i.Id == id, ct) : null;
        if (previous is { ResultJson: { Length: > 0 } older } && version.ResultJson is { Length: > 0 } newer)
        {
            previous.DeltaJson = InventoryDelta.Between(InventoryText.Split(older), InventoryText.Split(newer)).Serialize();
            previous.ResultJson = null;
        }
    }

    public async Task<InventoryContent> ReadAsync(InventoryVersion version, CancellationToken ct)
    {
        var batches = await ReadBatchesAsync(version, ct);
        return new InventoryContent(await ReadTextAsync(version, batches, ct), batches);
    }

    public async Task<IReadOnlyList<string>> ReadBatchesAsync(InventoryVersion version, CancellationToken ct) =>
        version.Batches is { } list ? Split(list)
            : await db.InventoryBatches.AsNoTracking()
                .Where(b => b.ParkId == version.ParkId && b.Year == version.Year && b.Method == version.Method
                    && b.FirstVersion <= version.Version && (b.LastVersion == null || b.LastVersion >= version.Version))
                .OrderBy(b => b.FirstVersion).ThenBy(b => b.Ordinal).Select(b => b.BatchId).ToListAsync(ct);

    /// <summary>
    /// The version's whole text. <paramref name="version"/> may come without its text (<see cref="Metadata"/>): the
    /// latest's is then read by id; an older one is rebuilt and checked against its digest.
    /// </summary>
    public async Task<string> ReadTextAsync(InventoryVersion version, IReadOnlyList<string> batches, CancellationToken ct)
    {
        if (version.ResultJson is { } whole) return whole;
        if (await db.Inventories.AsNoTracking().Where(i => i.Id == version.Id).Select(i => i.ResultJson).FirstOrDefaultAsync(ct) is { } stored)
            return stored;
        var json = await RebuildAsync(version, ct);
        if (version.Digest is { } digest && InventoryDigest.Of(version.FactorRelease, version.GwpSet, version.LineCount, string.Join(',', batches),
                json, version.ErrorsJson) != digest)
            throw new InvalidOperationException($"Version {version.Version} of {version.ParkId} {version.Year} {version.Method} does not rebuild to its digest.");
        return json;
    }

    /// <summary>From the nearest newer version that keeps its whole text, back through each delta to this one.</summary>
    private async Task<string> RebuildAsync(InventoryVersion version, CancellationToken ct)
    {
        var newer = db.Inventories.AsNoTracking().Where(i => i.ParkId == version.ParkId && i.Year == version.Year && i.Method == version.Method
            && i.Version > version.Version);
        var whole = await newer.Where(i => i.ResultJson != null).OrderBy(i => i.Version)
            .Select(i => new { i.Version, i.ResultJson }).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"No newer version of {version.ParkId} {version.Year} {version.Method} keeps its text.");
        var deltas = await newer.Where(i => i.Version < whole.Version).OrderByDescending(i => i.Version).Select(i => i.DeltaJson).ToListAsync(ct);
        var text = InventoryText.Split(whole.ResultJson!);
        var own = version.DeltaJson ?? await db.Inventories.AsNoTracking().Where(i => i.Id == version.Id).Select(i => i.DeltaJson).FirstOrDefaultAsync(ct);
        foreach (var delta in deltas.Append(own))
            text = InventoryDelta.Parse(delta ?? throw new InvalidOperationException("A version between keeps neither text nor delta.")).ApplyTo(text);
        return text.Join();
    }

    private static List<string> Split(string list) => [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries)];
}
