using System.Text;
using System.Text.Json;

namespace CarbonPlatform.Domain.Requests;

/// <summary>Typed reads of the value a <see cref="Utf8JsonReader"/> stands on, reporting a wrong JSON type as an input
/// error instead of throwing; a wrong object or array is skipped whole. JSON <c>null</c> reads as absent.
/// A line's errors wait for the end of the line, since its <c>id</c> (which names them) may come last.</summary>
internal sealed class JsonFields(InputErrorList errors)
{
    private readonly List<(string Field, string Message)> _pending = [];
    private string? _idError;
    private int _index = -1;
    private const int MaxWordLength = 48, MaxWords = 512;
    private readonly char[] _wordBuffer = new char[MaxWordLength];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where property names are decoded (see <see cref="ActivityLineReader.Name"/>).</summary>
    public char[] NameBuffer { get; } = new char[ActivityLineReader.MaxNameLength];

    public void BeginLine(int index)
    {
        _index = index;
        _idError = null;
        _pending.Clear();
    }

    /// <summary>Reports the line's errors under its id (or its position): the id's own error first, then the others in
    /// the order of the properties.</summary>
    public void EndLine(string? lineId)
    {
        if (_idError is not null) errors.AddForLine(lineId, _index, "id", ErrorCodes.InvalidType, _idError);
        foreach (var (field, message) in _pending) errors.AddForLine(lineId, _index, field, ErrorCodes.InvalidType, message);
        _index = -1;
    }

    /// <summary>The line's id. As with any repeated property the last one counts, and only its error is reported.</summary>
    public string? Id(ref Utf8JsonReader reader)
    {
        _idError = null;
        if (reader.TokenType == JsonTokenType.String) return reader.GetString();
        _idError = Wrong(ref reader, "id", "a string");
        return null;
    }

    /// <summary>A word of a small vocabulary (a kind, unit, fuel, gas…): 10,000 lines name a few dozen, so each is made
    /// a string once per request rather than once per line.</summary>
    public string? Word(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence
            || reader.ValueSpan.Length > MaxWordLength || !Encoding.UTF8.TryGetChars(reader.ValueSpan, _wordBuffer, out var n))
            return String(ref reader, field);
        var word = _wordBuffer.AsSpan(0, n);
        if (_words.TryGetValue(word, out var known)) return known;
        var text = word.ToString();
        if (_words.Set.Count < MaxWords) _words.Add(text);
        return text;
    }

    public string? String(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString();
        Report(field, Wrong(ref reader, field, "a string"));
        return null;
    }

    public double? Number(ref Utf8JsonReader reader, string field)
    {
        // -0 is 0: stored, hashed and shown as "0", never as a signed zero the caller did not mean.
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d) && double.IsFinite(d)) return d == 0 ? 0 : d;
        Report(field, Wrong(ref reader, field, "a finite number"));
        return null;
    }

    public int? Integer(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var i)) return i;
        Report(field, Wrong(ref reader, field, "a whole number"));
        return null;
    }

    public bool? Boolean(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False) return reader.GetBoolean();
        Report(field, Wrong(ref reader, field, "true or false"));
        return null;
    }

    private void Report(string field, string? message)
    {
        if (message is null) return;
        if (_index >= 0) _pending.Add((field, message));
        else errors.Add(field, ErrorCodes.InvalidType, message);
    }

    /// <summary>The message for a value of the wrong type (null for JSON null, which is no error), past the value.</summary>
    private static string? Wrong(ref Utf8JsonReader reader, string field, string expected)
    {
        var token = reader.TokenType;
        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        return token == JsonTokenType.Null ? null : $"{field} must be {expected}, not {Describe(token)}";
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => token.ToString().ToLowerInvariant(),
    };
}
