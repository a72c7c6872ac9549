using System.Text;
using System.Text.Json;

namespace CarbonPlatform.Accounting.Storage;

/// <summary>
/// A stored inventory's compact JSON cut around its <c>lines</c> array: the text before the array's first line, each
/// line's text, and the text after the last. Joining the parts gives back the stored text byte for byte.
/// </summary>
public sealed record InventoryText(string Head, IReadOnlyList<string> Lines, string Tail)
{
    public string Join() => Head + string.Join(',', Lines) + Tail;

    public static InventoryText Split(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new FormatException("An inventory is a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isLines = reader.ValueTextEquals("lines"u8);
            reader.Read();
            if (isLines && reader.TokenType == JsonTokenType.StartArray) return Cut(bytes, ref reader);
            reader.Skip();
        }
        throw new FormatException("An inventory has no lines array.");
    }

    private static InventoryText Cut(byte[] bytes, ref Utf8JsonReader reader)
    {
        var headEnd = (int)reader.TokenStartIndex + 1;
        var lines = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            lines.Add(Encoding.UTF8.GetString(bytes, start, (int)reader.BytesConsumed - start));
        }
        var tailStart = (int)reader.TokenStartIndex;
        return new InventoryText(Encoding.UTF8.GetString(bytes, 0, headEnd), lines, Encoding.UTF8.GetString(bytes, tailStart, bytes.Length - tailStart));
    }
}
