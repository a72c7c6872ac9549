using System.Globalization;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>Values read straight from shared/reference-data, so expected figures are computed here, independently of the engine.</summary>
public static class ReferenceData
{
    public static IReadOnlyDictionary<string, string> Row(string file, Func<IReadOnlyDictionary<string, string>, bool> match)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Shared, "reference-data", file));
        var header = lines[0].Split(',');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            var row = header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : "")).ToDictionary(x => x.h, x => x.v);
            if (match(row)) return row;
        }
        throw new InvalidOperationException($"no matching row in {file}");
    }

    public static double Number(this IReadOnlyDictionary<string, string> row, string column) =>
        double.Parse(row[column], CultureInfo.InvariantCulture);

    /// <summary>E = Q × NCV × CC × OF × 44/12 with the fuel's default row.</summary>
    public static double DefaultFuelCo2(string fuel, double quantity)
    {
        var row = Row("fuels.csv", r => r["code"] == fuel);
        return quantity * row.Number("ncv") * row.Number("carbon_content_tc_per_gj") * row.Number("oxidation_rate") * 44.0 / 12.0;
    }

    public static double NationalFactor(string family, int vintage) =>
        Row("electricity-factors.csv", r => r["family"] == family && r["level"] == "national" && r["vintage"] == vintage.ToString(CultureInfo.InvariantCulture))
            .Number("t_co2_per_mwh");
}
