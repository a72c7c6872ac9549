using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarbonPlatform.Accounting.Engine.Results;

/// <summary>Writes <c>[{name, value}]</c> as <c>{ "name": value, … }</c>, and reads it back.</summary>
public sealed class IntermediatesJsonConverter : JsonConverter<Intermediate[]>
{
    public override Intermediate[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("intermediates must be an object");
        var items = new List<Intermediate>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            items.Add(new Intermediate(name, reader.GetDouble()));
        }
        return items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, Intermediate[] value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var item in value) writer.WriteNumber(item.Name, item.Value);
        writer.WriteEndObject();
    }
}
