using System.Text.Json;
using System.Text.Json.Serialization;
using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Serialization;

/// <summary>Reads and writes a <see cref="ScalarValue"/> as a bare JSON number or boolean.</summary>
public sealed class ScalarValueJsonConverter : JsonConverter<ScalarValue>
{
    public override ScalarValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => ScalarValue.Of(true),
            JsonTokenType.False => ScalarValue.Of(false),
            JsonTokenType.Number when reader.TryGetDecimal(out var number) => ScalarValue.Of(number),
            _ => throw new JsonException("Expected a number or true/false."),
        };

    public override void Write(Utf8JsonWriter writer, ScalarValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteBooleanValue(value.Flag ?? false);
        }
    }
}
