using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CarbonPlatform.Domain.Requests;

/// <summary>What reading a request produced: the request (null only when the body is not a JSON
/// object) and the errors of shape and JSON type found on the way.</summary>
public sealed record RequestReadResult(CalculationRequest? Request, IReadOnlyList<InputError> Errors);

/// <summary>Builds a <see cref="CalculationRequest"/> from JSON. It reports wrong JSON types,
/// missing or unknown kinds and a missing <c>lines</c>; rules that need the factor release
/// (codes, units, ranges, duplicates) are the calculator's. Unknown properties are ignored.
/// It reads the UTF-8 text once, token by token: no document is built (for 10,000 lines a
/// JsonDocument and its elements took three times as long as the calculation).</summary>
public static class CalculationRequestReader
{
    /// <summary>Reads a request from its UTF-8 text; malformed JSON throws a <see cref="JsonException"/>, after which
    /// nothing read so far counts.</summary>
    public static RequestReadResult Read(ReadOnlySpan<byte> utf8) => Read(utf8, default);

    /// <summary>Reads a request that is already parsed (its raw text, read under the options it was parsed with).</summary>
    public static RequestReadResult Read(JsonElement root) =>
        Read(JsonMarshal.GetRawUtf8Value(root), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

    /// <summary>Reads a request from text; malformed JSON is one input error.</summary>
    public static RequestReadResult Read(string json)
    {
        try
        {
            return Read(Encoding.UTF8.GetBytes(json));
        }
        catch (JsonException e)
        {
            return new RequestReadResult(null, [new InputError(null, "", ErrorCodes.InvalidType, $"the body is not valid JSON: {e.Message}")]);
        }
    }

    private static RequestReadResult Read(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var errors = new InputErrorList();
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            EndOfText(ref reader);
            errors.Add("", ErrorCodes.InvalidType, "the request must be a JSON object");
            return new RequestReadResult(null, errors.Items);
        }
        var request = ReadObject(ref reader, errors);
        EndOfText(ref reader);
        return new RequestReadResult(request, errors.Items);
    }

    private static CalculationRequest ReadObject(ref Utf8JsonReader reader, InputErrorList errors)
    {
        var read = new JsonFields(errors);
        string? method = null, regionCode = null, gwpSet = null, level = null, gridRegion = null, factorRelease = null;
        int? year = null, vintage = null;
        double? coefficient = null;
        IReadOnlyList<ActivityLine> lines = [];
        var sawLines = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = ActivityLineReader.Name(ref reader, read.NameBuffer);
            reader.Read();
            switch (name)
            {
                case "method": method = read.String(ref reader, "method"); break;
                case "year": year = read.Integer(ref reader, "year"); break;
                case "regionCode": regionCode = read.String(ref reader, "regionCode"); break;
                case "gwpSet": gwpSet = read.String(ref reader, "gwpSet"); break;
                case "electricityFactorLevel": level = read.String(ref reader, "electricityFactorLevel"); break;
                case "gridRegion": gridRegion = read.String(ref reader, "gridRegion"); break;
                case "electricityFactorVintage": vintage = read.Integer(ref reader, "electricityFactorVintage"); break;
                case "electricityEquivalentCoefficient": coefficient = read.Number(ref reader, "electricityEquivalentCoefficient"); break;
                case "factorRelease": factorRelease = read.String(ref reader, "factorRelease"); break;
                case "lines":
                    sawLines = true;
                    if (reader.TokenType == JsonTokenType.StartArray) lines = ReadLines(ref reader, read, errors);
                    else
                    {
                        reader.Skip();
                        errors.Add("lines", ErrorCodes.InvalidType, "lines must be an array of activity lines");
                    }
                    break;
                default: reader.Skip(); break;
            }
        }
        if (!sawLines) errors.Add("lines", ErrorCodes.MissingField, "lines is required (an array of activity lines)");
        return new CalculationRequest
        {
            Method = method, Year = year, RegionCode = regionCode, GwpSet = gwpSet, ElectricityFactorLevel = level,
            GridRegion = gridRegion, ElectricityFactorVintage = vintage, ElectricityEquivalentCoefficient = coefficient,
            FactorRelease = factorRelease, Lines = lines,
        };
    }

    private static List<ActivityLine> ReadLines(ref Utf8JsonReader reader, JsonFields read, InputErrorList errors)
    {
        var lines = new List<ActivityLine>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = ActivityLineReader.Read(ref reader, index, read, errors);
            if (line is not null) lines.Add(line);
            index++;
        }
        return lines;
    }

    /// <summary>Past the request, only white space may follow (the reader throws on anything else).</summary>
    private static void EndOfText(ref Utf8JsonReader reader)
    {
        if (reader.Read()) throw new JsonException($"Unexpected {reader.TokenType} after the request's JSON value.");
    }
}
