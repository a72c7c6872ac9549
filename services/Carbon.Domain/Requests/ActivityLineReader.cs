using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CarbonPlatform.Domain.Requests;

/// <summary>Reads one activity line; null when it has no usable kind (the error is recorded).</summary>
internal static class ActivityLineReader
{
    public static ActivityLine? Read(JsonElement element, int index, InputErrorList errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"lines[{index}]", ErrorCodes.InvalidType, $"line {index} must be a JSON object");
            return null;
        }
        string? id = null;
        if (element.TryGetProperty("id", out var idValue))
            id = new JsonFields(errors, null, index, onLine: true).String(idValue, "id");
        var read = new JsonFields(errors, id, index, onLine: true);

        string? kind = null, unit = null, fuel = null, direction = null, carbonate = null, product = null;
        string? gas = null, source = null, instrument = null, sinkType = null, serial = null;
        double? quantity = null, ncv = null, carbonContent = null, oxidationRate = null;
        double? calcinationFraction = null, emissionFactor = null;
        int? category = null;
        bool? bunker = null;
        Span<char> buffer = stackalloc char[MaxNameLength];
        foreach (var p in element.EnumerateObject())
        {
            var v = p.Value;
            switch (Name(p, buffer))
            {
                case "kind": kind = read.String(v, "kind"); break;
                case "quantity": quantity = read.Number(v, "quantity"); break;
                case "unit": unit = read.String(v, "unit"); break;
                case "fuel": fuel = read.String(v, "fuel"); break;
                case "direction": direction = read.String(v, "direction"); break;
                case "ncv": ncv = read.Number(v, "ncv"); break;
                case "carbonContent": carbonContent = read.Number(v, "carbonContent"); break;
                case "oxidationRate": oxidationRate = read.Number(v, "oxidationRate"); break;
                case "internationalBunker": bunker = read.Boolean(v, "internationalBunker"); break;
                case "carbonate": carbonate = read.String(v, "carbonate"); break;
                case "calcinationFraction": calcinationFraction = read.Number(v, "calcinationFraction"); break;
                case "product": product = read.String(v, "product"); break;
                case "emissionFactor": emissionFactor = read.Number(v, "emissionFactor"); break;
                case "gas": gas = read.String(v, "gas"); break;
                case "source": source = read.String(v, "source"); break;
                case "instrument": instrument = read.String(v, "instrument"); break;
                case "category": category = read.Integer(v, "category"); break;
                case "sinkType": sinkType = read.String(v, "sinkType"); break;
                case "serial": serial = read.String(v, "serial"); break;
            }
        }
        if (kind is null)
        {
            if (!element.TryGetProperty("kind", out var k) || k.ValueKind == JsonValueKind.Null)
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

    private const int MaxNameLength = 32;

    /// <summary>The property name, decoded into <paramref name="buffer"/> instead of a new string
    /// per property: at 10,000 lines a request that is a measurable share of the reading time.</summary>
    private static ReadOnlySpan<char> Name(JsonProperty property, Span<char> buffer)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length <= MaxNameLength && raw.IndexOf((byte)'\\') < 0 && Encoding.UTF8.TryGetChars(raw, buffer, out var n))
            return buffer[..n];
        return property.Name; // escaped or long names: let the reader decode them
    }
}
