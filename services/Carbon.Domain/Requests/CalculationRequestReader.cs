using System.Text.Json;

namespace CarbonPlatform.Domain.Requests;

/// <summary>What reading a request produced: the request (null only when the body is not a JSON
/// object) and the errors of shape and JSON type found on the way.</summary>
public sealed record RequestReadResult(CalculationRequest? Request, IReadOnlyList<InputError> Errors);

/// <summary>Builds a <see cref="CalculationRequest"/> from JSON. It reports wrong JSON types,
/// missing or unknown kinds and a missing <c>lines</c>; rules that need the factor release
/// (codes, units, ranges, duplicates) are the calculator's. Unknown properties are ignored.</summary>
public static class CalculationRequestReader
{
    public static RequestReadResult Read(JsonElement root)
    {
        var errors = new InputErrorList();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("", ErrorCodes.InvalidType, "the request must be a JSON object");
            return new RequestReadResult(null, errors.Items);
        }
        var read = new JsonFields(errors, null, 0, onLine: false);
        var request = new CalculationRequest();
        var sawLines = false;
        foreach (var p in root.EnumerateObject())
        {
            var v = p.Value;
            switch (p.Name)
            {
                case "method": request = request with { Method = read.String(v, "method") }; break;
                case "year": request = request with { Year = read.Integer(v, "year") }; break;
                case "regionCode": request = request with { RegionCode = read.String(v, "regionCode") }; break;
                case "gwpSet": request = request with { GwpSet = read.String(v, "gwpSet") }; break;
                case "electricityFactorLevel": request = request with { ElectricityFactorLevel = read.String(v, p.Name) }; break;
                case "gridRegion": request = request with { GridRegion = read.String(v, "gridRegion") }; break;
                case "electricityFactorVintage": request = request with { ElectricityFactorVintage = read.Integer(v, p.Name) }; break;
                case "electricityEquivalentCoefficient":
                    request = request with { ElectricityEquivalentCoefficient = read.Number(v, p.Name) }; break;
                case "factorRelease": request = request with { FactorRelease = read.String(v, "factorRelease") }; break;
                case "lines":
                    sawLines = true;
                    if (v.ValueKind == JsonValueKind.Array) request = request with { Lines = ReadLines(v, errors) };
                    else errors.Add("lines", ErrorCodes.InvalidType, "lines must be an array of activity lines");
                    break;
            }
        }
        if (!sawLines) errors.Add("lines", ErrorCodes.MissingField, "lines is required (an array of activity lines)");
        return new RequestReadResult(request, errors.Items);
    }

    /// <summary>Reads a request from UTF-8 or text JSON; malformed JSON is one input error.</summary>
    public static RequestReadResult Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement); // the request copies every value it keeps
        }
        catch (JsonException e)
        {
            return new RequestReadResult(null, [new InputError(null, "", ErrorCodes.InvalidType, $"the body is not valid JSON: {e.Message}")]);
        }
    }

    private static List<ActivityLine> ReadLines(JsonElement array, InputErrorList errors)
    {
        var lines = new List<ActivityLine>(array.GetArrayLength());
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var line = ActivityLineReader.Read(element, index, errors);
            if (line is not null) lines.Add(line);
            index++;
        }
        return lines;
    }
}
