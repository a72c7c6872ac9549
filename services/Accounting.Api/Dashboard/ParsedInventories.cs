using System.Text;
using System.Text.Json;
using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>A version's text parsed once, with its lines' sort keys: what every page and summary of it reads.</summary>
public sealed record ParsedInventory(JsonDocument Document, IReadOnlyList<InventoryLinePages.LineRef> Lines)
{
    public JsonElement Root => Document.RootElement;
}

/// <summary>
/// Parsed versions kept per replica, bounded by <c>Inventories:ParsedCacheMegabytes</c> (default 128). A version never
/// changes, so a replica's copy is never stale and no other replica has to see it; a dashboard then pays for reading
/// and parsing a big park's 5 MiB inventory once per version instead of on every page. Documents are never disposed:
/// an evicted one may still be in a request's hands, and the collector takes it after.
/// </summary>
public sealed class ParsedInventories(IConfiguration configuration) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions
    {
        SizeLimit = configuration.GetValue("Inventories:ParsedCacheMegabytes", 128L) * 1024 * 1024,
    });

    public async Task<ParsedInventory> GetAsync(InventoryHead head, InventoryStore store, CancellationToken ct)
    {
        if (_cache.TryGetValue(head.Version.Id, out ParsedInventory? parsed)) return parsed!;
        var bytes = Encoding.UTF8.GetBytes(await store.ReadTextAsync(head.Version, head.Batches, ct));
        var document = JsonDocument.Parse(bytes);
        parsed = new ParsedInventory(document, InventoryLinePages.Refs(document.RootElement.GetProperty("lines")));
        // The parsed form takes about twice the text: the bytes and the document's index of them.
        return _cache.Set(head.Version.Id, parsed, new MemoryCacheEntryOptions { Size = bytes.Length * 2L });
    }

    public void Dispose() => _cache.Dispose();
}
