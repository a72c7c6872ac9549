using System.Text.Json.Nodes;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>Batch ids as the API writes every GUID: lower-case, whatever form the ledger stream or the store gave them in.</summary>
public static class BatchIds
{
    public static JsonArray Json(IEnumerable<string> ids) =>
        new(ids.Select(id => (JsonNode)(Guid.TryParse(id, out var guid) ? guid.ToString() : id)).ToArray());
}
