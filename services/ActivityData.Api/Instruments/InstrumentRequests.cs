using System.Text.RegularExpressions;

namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>Reads the register's request bodies; every error names its field. Pure.</summary>
public static partial class InstrumentRequests
{
    public static readonly string[] Electricity = ["green-certificate", "green-power-trade"];
    public static readonly string[] Credits = ["CCER", "CEA", "VCS", "GS", "other"];

    public static string UnitOf(string kind) => Electricity.Contains(kind) ? "MWh" : "tCO2e";

    public static (InstrumentRequest? Request, List<InputError> Errors) ReadInstrument(JsonElement body)
    {
        var errors = new List<InputError>();
        if (body.ValueKind != JsonValueKind.Object) return (null, [new(null, "body", "invalid-type", "The instrument must be a JSON object.")]);
        var kind = Json.Text(body, "kind", errors);
        if (kind is null || !Electricity.Concat(Credits).Contains(kind))
            errors.Add(new(null, "kind", "unknown-kind", $"kind is one of {string.Join(", ", Electricity.Concat(Credits))}."));
        var vintage = Json.Int(body, "vintage", errors);
        if (vintage is not (>= 2000 and <= 2200)) errors.Add(new(null, "vintage", "out-of-range", "vintage is the year the instrument is for (2000–2200)."));
        var quantity = Json.Number(body, "quantity", errors);
        if (quantity is not > 0) errors.Add(new(null, "quantity", "not-positive", "quantity is a positive number (MWh for electricity, tCO2e for credits)."));
        var number = Json.Text(body, "certificateNumber", errors)?.Trim();
        var serials = ReadSerials(body, errors);
        if ((number is null) == (serials is null))
            errors.Add(new(null, "serials", "one-identity", "Give either serials { prefix, first, last } or certificateNumber, not both."));
        if (number is not null && !Identity().IsMatch(number))
            errors.Add(new(null, "certificateNumber", "invalid-number", "certificateNumber is 1 to 100 letters, digits, '-', '_', '/' or '.'."));
        if (serials is not null && quantity is > 0 && serials.Last - serials.First + 1 != quantity)
            errors.Add(new(null, "quantity", "quantity-not-serial-count", $"Each serial is one unit: the range holds {serials.Last - serials.First + 1}, not {quantity}."));
        var from = Month(body, "generationFrom", errors);
        var to = Month(body, "generationTo", errors);
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
            errors.Add(new(null, "generationTo", "before-start", "generationTo is not before generationFrom."));
        return errors.Count > 0 ? (null, errors) : (new InstrumentRequest(kind!, vintage!.Value, quantity!.Value, serials, number, from, to), errors);
    }

    public static (AllocationRequest? Request, List<InputError> Errors) ReadAllocation(JsonElement body)
    {
        var errors = new List<InputError>();
        if (body.ValueKind != JsonValueKind.Object) return (null, [new(null, "body", "invalid-type", "The allocation must be a JSON object.")]);
        var year = Json.Int(body, "year", errors);
        if (year is not (>= 1990 and <= 2200)) errors.Add(new(null, "year", "out-of-range", "year is the park's inventory year the allocation counts in."));
        var quantity = Json.Number(body, "quantity", errors);
        if (quantity is not > 0) errors.Add(new(null, "quantity", "not-positive", "quantity is a positive number in the instrument's unit."));
        return errors.Count > 0 ? (null, errors) : (new AllocationRequest(year!.Value, quantity!.Value), errors);
    }

    private static SerialRange? ReadSerials(JsonElement body, List<InputError> errors)
    {
        if (!body.TryGetProperty("serials", out var s) || s.ValueKind == JsonValueKind.Null) return null;
        if (s.ValueKind != JsonValueKind.Object) { errors.Add(new(null, "serials", "invalid-type", "serials is { prefix, first, last }.")); return null; }
        var prefix = Json.Text(s, "prefix", errors, "serials.")?.Trim();
        if (prefix is null || !Identity().IsMatch(prefix))
            errors.Add(new(null, "serials.prefix", "invalid-prefix", "serials.prefix is 1 to 100 letters, digits, '-', '_', '/' or '.'."));
        var first = Json.Long(s, "first", errors, "serials.");
        var last = Json.Long(s, "last", errors, "serials.");
        if (first is not >= 0) errors.Add(new(null, "serials.first", "out-of-range", "serials.first is a whole number ≥ 0."));
        if (last is null || first is null || last < first) errors.Add(new(null, "serials.last", "out-of-range", "serials.last is a whole number ≥ serials.first."));
        return prefix is null || first is null || last is null ? null : new SerialRange(prefix, first.Value, last.Value);
    }

    private static string? Month(JsonElement body, string field, List<InputError> errors)
    {
        var text = Json.Text(body, field, errors);
        if (text is null || MonthText().IsMatch(text)) return text;
        errors.Add(new(null, field, "invalid-month", $"{field} is a month as YYYY-MM."));
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-_/.]{1,100}$")]
    private static partial Regex Identity();

    [GeneratedRegex(@"^(19|20|21)\d\d-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthText();
}
