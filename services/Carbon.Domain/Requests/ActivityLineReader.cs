using System.Text;
using System.Text.Json;

namespace CarbonPlatform.Domain.Requests;

/// <summary>Reads one activity line from the reader standing on its first token, and leaves it on the line's last;
/// null when the line has no usable kind (the error is recorded).</summary>
internal static class ActivityLineReader
{
    public static ActivityLine? Read(ref Utf8JsonReader reader, int index, JsonFields read, InputErrorList errors)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            errors.Add($"lines[{index}]", ErrorCodes.InvalidType, $"line {index} must be a JSON object");
            return null;
        }
        read.BeginLine(index);
        string? id = null, kind = null, unit = null, fuel = null, direction = null, carbonate = null, product = null;
        string? gas = null, source = null, instrument = null, sinkType = null, serial = null;
        double? quantity = null, ncv = null, carbonContent = null, oxidationRate = null;
        double? calcinationFraction = null, emissionFactor = null;
        int? category = null;
        bool? bunker = null;
        var kindToken = JsonTokenType.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader, read.NameBuffer);
            reader.Read();
            switch (name)
            {
                case "id": id = read.Id(ref reader); break;
                case "kind": kindToken = reader.TokenType; kind = read.Word(ref reader, "kind"); break;
                case "quantity": quantity = read.Number(ref reader, "quantity"); break;
                case "unit": unit = read.Word(ref reader, "unit"); break;
                case "fuel": fuel = read.Word(ref reader, "fuel"); break;
                case "direction": direction = read.Word(ref reader, "direction"); break;
                case "ncv": ncv = read.Number(ref reader, "ncv"); break;
                case "carbonContent": carbonContent = read.Number(ref reader, "carbonContent"); break;
                case "oxidationRate": oxidationRate = read.Number(ref reader, "oxidationRate"); break;
                case "internationalBunker": bunker = read.Boolean(ref reader, "internationalBunker"); break;
                case "carbonate": carbonate = read.Word(ref reader, "carbonate"); break;
                case "calcinationFraction": calcinationFraction = read.Number(ref reader, "calcinationFraction"); break;
                case "product": product = read.Word(ref reader, "product"); break;
                case "emissionFactor": emissionFactor = read.Number(ref reader, "emissionFactor"); break;
                case "gas": gas = read.Word(ref reader, "gas"); break;
                case "source": source = read.Word(ref reader, "source"); break;
                case "instrument": instrument = read.Word(ref reader, "instrument"); break;
                case "category": category = read.Integer(ref reader, "category"); break;
                case "sinkType": sinkType = read.Word(ref reader, "sinkType"); break;
                case "serial": serial = read.String(ref reader, "serial"); break;
                default: reader.Skip(); break;
            }
        }
        read.EndLine(id);
        if (kind is null)
        {
            if (kindToken is JsonTokenType.None or JsonTokenType.Null)
                errors.AddForLine(id, index, "kind", ErrorCodes.MissingField, "kind is required");
            return null;
        }
        if (!ActivityKinds.TryParse(kind, out var parsed))
        {
            errors.AddForLine(id, index, "kind", ErrorCodes.UnknownKind, $"'{kind}' is not a known kind of activity line");
            return null;
        }
        return new ActivityLine
        {
            Id = id, Kind = parsed, Quantity = quantity, Unit = unit, Fuel = fuel, Direction = direction, Ncv = ncv,
            CarbonContent = carbonContent, OxidationRate = oxidationRate, InternationalBunker = bunker,
            Carbonate = carbonate, CalcinationFraction = calcinationFraction, Product = product,
            EmissionFactor = emissionFactor, Gas = gas, Source = source, Instrument = instrument, Category = category,
            SinkType = sinkType, Serial = serial,
        };
    }

    public const int MaxNameLength = 32;

    /// <summary>The property name, decoded into <paramref name="buffer"/> (one per request) instead of a new string per
    /// property: at 10,000 lines a request that is a measurable share of the reading time.</summary>
    public static ReadOnlySpan<char> Name(ref Utf8JsonReader reader, char[] buffer)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && raw.Length <= MaxNameLength && Encoding.UTF8.TryGetChars(raw, buffer, out var n))
            return buffer.AsSpan(0, n);
        return reader.GetString(); // escaped or long names: let the reader decode them
    }
}
