using System.Text.Json.Nodes;

namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// The <c>allocationId</c> a recorded line may give (green-electricity and offset lines) instead of a free serial. An offset
/// line that names an allocation and no serial gets <c>allocation:{id}</c> as its serial, so the engine's rules (a serial
/// per offset) and the platform-wide serial index hold unchanged. Pure.
/// </summary>
public static class AllocationReferences
{
    public static string SerialOf(Guid allocationId) => $"allocation:{allocationId:D}";

    /// <summary>Each line's allocationId (null when it names none), and the body with serials filled in for offset lines.</summary>
    public static (IReadOnlyList<Guid?> Ids, JsonElement Body) Read(JsonElement body, List<InputError> errors)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("lines", out var lines) || lines.ValueKind != JsonValueKind.Array)
            return ([], body);
        var ids = new List<Guid?>();
        JsonNode? copy = null;
        var i = 0;
        foreach (var line in lines.EnumerateArray())
        {
            ids.Add(Read(line, i, errors, ref copy, body));
            i++;
        }
        return (ids, copy is null ? body : JsonSerializer.SerializeToElement(copy));
    }

    private static Guid? Read(JsonElement line, int index, List<InputError> errors, ref JsonNode? copy, JsonElement body)
    {
        if (line.ValueKind != JsonValueKind.Object || !line.TryGetProperty("allocationId", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        var lineId = line.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (value.ValueKind != JsonValueKind.String || !Guid.TryParse(value.GetString(), out var allocation))
        {
            errors.Add(new InputError(lineId, "allocationId", "unknown-allocation", "allocationId names an allocation of the park's register (its id)."));
            return null;
        }
        var offset = line.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "offset";
        var hasSerial = line.TryGetProperty("serial", out var serial) && serial.ValueKind != JsonValueKind.Null;
        // A submitted batch is kept with the serial filled in here: read again on approval, that serial is its own.
        if (hasSerial && offset && serial.ValueKind == JsonValueKind.String && serial.GetString() == SerialOf(allocation)) return allocation;
        if (hasSerial)
            errors.Add(new InputError(lineId, "serial", "serial-with-allocation", "A line that names an allocation carries no serial: the register holds it."));
        else if (offset)
        {
            copy ??= JsonNode.Parse(body.GetRawText());
            copy!["lines"]![index]!["serial"] = SerialOf(allocation);
        }
        return allocation;
    }

    /// <summary>The batch's annotations with each line's allocation.</summary>
    public static IReadOnlyList<LineAnnotation> Attach(IReadOnlyList<LineAnnotation> notes, IReadOnlyList<Guid?> ids) =>
        ids.All(id => id is null) ? notes
        : Enumerable.Range(0, Math.Max(notes.Count, ids.Count))
            .Select(i => (i < notes.Count ? notes[i] : new LineAnnotation(null, null)) with { AllocationId = i < ids.Count ? ids[i] : null }).ToList();
}

public static class RecordAllocations
{
    /// <summary>The record with the allocation its line names (checked by <see cref="AllocationCheck"/>), or none.</summary>
    public static Data.ActivityRecord WithAllocation(this Data.ActivityRecord record, LineAnnotation note)
    {
        record.AllocationId = note.AllocationId;
        return record;
    }
}
