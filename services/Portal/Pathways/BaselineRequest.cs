namespace CarbonPlatform.Portal.Pathways;

/// <summary>
/// The baseline of a previewed scenario: the park's recorded lines of the target's baseline year as the calculation request
/// POST /calculations takes (the stored scenarios use the same lines, read by the evaluation service from the ledger).
/// </summary>
public static class BaselineRequest
{
    public static Dictionary<string, object> From(IEnumerable<ActivityRecordView> records, string method, int year, string regionCode) => new()
    {
        ["method"] = method,
        ["year"] = year,
        ["regionCode"] = regionCode,
        ["lines"] = records.Select(Line).ToList(),
    };

    private static Dictionary<string, object> Line(ActivityRecordView r)
    {
        var line = new Dictionary<string, object> { ["id"] = r.Id, ["kind"] = r.Kind, ["quantity"] = r.Quantity, ["unit"] = r.Unit };
        void Put(string name, object? value) { if (value is not null) line[name] = value; }
        Put("fuel", r.Fuel); Put("ncv", r.Ncv); Put("carbonContent", r.CarbonContent); Put("oxidationRate", r.OxidationRate);
        Put("direction", r.Direction); Put("internationalBunker", r.InternationalBunker); Put("carbonate", r.Carbonate);
        Put("calcinationFraction", r.CalcinationFraction); Put("product", r.Product); Put("emissionFactor", r.EmissionFactor); Put("gas", r.Gas);
        Put("source", r.Source); Put("instrument", r.Instrument); Put("category", r.Category); Put("sinkType", r.SinkType); Put("serial", r.Serial);
        return line;
    }
}
