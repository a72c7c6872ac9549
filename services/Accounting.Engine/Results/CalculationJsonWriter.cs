using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CarbonPlatform.Accounting.Engine.Results;

/// <summary>
/// Writes a <see cref="CalculationResult"/> in the shape <see cref="EngineJson"/> gives, straight to a writer and line
/// by line, so a caller can flush while it writes instead of building the whole document first; the lines' lineage is
/// cut to the <see cref="Lineage"/> asked for. With <see cref="Lineage.Full"/> the bytes are the serialiser's.
/// </summary>
public static class CalculationJsonWriter
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = EngineJson.Options.Encoder, SkipValidation = true };

    /// <summary>Everything before the first line: the opening brace up to <c>"lines": [</c>.</summary>
    public static void WriteHead(Utf8JsonWriter writer, CalculationResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("method", result.Method);
        writer.WriteNumber("year", result.Year);
        writer.WriteString("gwpSet", result.GwpSet);
        writer.WriteString("factorRelease", result.FactorRelease);
        writer.WritePropertyName("totals");
        JsonSerializer.Serialize(writer, result.Totals, Info<Totals>());
        writer.WritePropertyName("gases");
        JsonSerializer.Serialize(writer, result.Gases, Info<IReadOnlyDictionary<string, GasTotal>>());
        writer.WritePropertyName("scope3Categories");
        JsonSerializer.Serialize(writer, result.Scope3Categories, Info<IReadOnlyDictionary<string, double>>());
        writer.WriteStartArray("lines");
    }

    public static void WriteLine(Utf8JsonWriter writer, LineResult line, Lineage lineage)
    {
        writer.WriteStartObject();
        writer.WriteString("id", line.Id);
        writer.WriteString("kind", line.Kind);
        if (line.Scope is int scope) writer.WriteNumber("scope", scope); else writer.WriteNull("scope");
        writer.WriteNumber("co2e", line.Co2e);
        writer.WriteBoolean("excluded", line.Excluded);
        if (lineage == Lineage.Full) writer.WriteString("formula", line.Formula);
        if (lineage != Lineage.None)
        {
            writer.WriteStartArray("inputs");
            foreach (var input in line.Inputs)
                if (lineage == Lineage.Full || input.Status is not null) WriteInput(writer, input);
            writer.WriteEndArray();
        }
        if (lineage == Lineage.Full)
        {
            writer.WriteStartObject("intermediates");
            foreach (var item in line.Intermediates) writer.WriteNumber(item.Name, item.Value);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("flags");
        foreach (var flag in line.Flags) writer.WriteStringValue(flag);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>From the end of the lines to the closing brace; <paramref name="extra"/> writes further properties before it.</summary>
    public static void WriteTail(Utf8JsonWriter writer, CalculationResult result, Lineage lineage, Action<Utf8JsonWriter>? extra = null)
    {
        writer.WriteEndArray();
        if (lineage != Lineage.None)
        {
            writer.WritePropertyName("factors");
            JsonSerializer.Serialize(writer, result.Factors, Info<IReadOnlyList<FactorUse>>());
        }
        writer.WriteStartArray("flags");
        foreach (var flag in result.Flags) writer.WriteStringValue(flag);
        writer.WriteEndArray();
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <summary>The whole document at once (tests, benchmarks, and callers that need it in memory).</summary>
    public static void Write(Utf8JsonWriter writer, CalculationResult result, Lineage lineage)
    {
        WriteHead(writer, result);
        foreach (var line in result.Lines) WriteLine(writer, line, lineage);
        WriteTail(writer, result, lineage);
    }

    private static void WriteInput(Utf8JsonWriter writer, LineageInput input)
    {
        writer.WriteStartObject();
        writer.WriteString("name", input.Name);
        writer.WriteNumber("value", input.Value);
        writer.WriteString("unit", input.Unit);
        writer.WriteString("origin", input.Origin);
        if (input.Status is not null) writer.WriteString("status", input.Status);
        writer.WriteEndObject();
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)EngineJson.Options.GetTypeInfo(typeof(T));
}
