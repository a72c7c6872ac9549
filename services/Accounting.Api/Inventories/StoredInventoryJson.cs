using System.Text.Json;
using CarbonPlatform.Accounting.Answers;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>
/// A stored inventory version answered as it was stored, with what it rests on (park, version, status, batches) added
/// and each line cut to the lineage asked for; written to the response line by line from the stored text, never
/// rebuilt as objects.
/// </summary>
public static class StoredInventoryJson
{
    public static StreamedJsonResult For(Guid parkId, InventoryView found, Lineage lineage) => new(async (writer, flush) =>
    {
        using var document = JsonDocument.Parse(found.Json);
        writer.WriteStartObject();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.NameEquals("lines"))
            {
                writer.WriteStartArray("lines");
                foreach (var line in property.Value.EnumerateArray())
                {
                    WriteLine(writer, line, lineage);
                    await flush();
                }
                writer.WriteEndArray();
            }
            else if (!(property.NameEquals("factors") && lineage == Lineage.None)) property.WriteTo(writer);
        }
        WriteProvenance(writer, parkId, found.Version.Version, found.Status, found.Version.ComputedAt, found.Batches);
        writer.WriteEndObject();
    });

    /// <summary>The properties an inventory adds to a calculation: which park, which version, where it stands, on which batches.</summary>
    public static void WriteProvenance(Utf8JsonWriter writer, Guid parkId, int? version, string status, DateTime computedAt, IEnumerable<string> batches)
    {
        writer.WriteString("parkId", parkId);
        if (version is int v) writer.WriteNumber("version", v); else writer.WriteNull("version");
        writer.WriteString("status", status);
        writer.WriteString("computedAt", DateTime.SpecifyKind(computedAt, DateTimeKind.Utc));
        writer.WriteStartArray("batches");
        foreach (var id in batches) writer.WriteStringValue(Guid.TryParse(id, out var guid) ? guid.ToString() : id);
        writer.WriteEndArray();
    }

    public static void WriteLine(Utf8JsonWriter writer, JsonElement line, Lineage lineage)
    {
        if (lineage == Lineage.Full)
        {
            line.WriteTo(writer);
            return;
        }
        writer.WriteStartObject();
        foreach (var property in line.EnumerateObject())
        {
            if (property.NameEquals("formula") || property.NameEquals("intermediates")) continue;
            if (!property.NameEquals("inputs")) property.WriteTo(writer);
            else if (lineage == Lineage.Factors)
            {
                writer.WriteStartArray("inputs");
                foreach (var input in property.Value.EnumerateArray())
                    if (input.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String) input.WriteTo(writer);
                writer.WriteEndArray();
            }
        }
        writer.WriteEndObject();
    }
}
