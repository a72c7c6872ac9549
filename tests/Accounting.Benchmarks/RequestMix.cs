using System.Globalization;
using System.Text;

namespace CarbonPlatform.Accounting.Benchmarks;

/// <summary>A realistic 10,000-line park inventory as JSON: mostly fuel and electricity meters,
/// some heat, refrigerants, process lines, scope 3 and neutralisation.</summary>
internal static class RequestMix
{
    private static readonly string[] Fuels = ["natural-gas", "diesel", "bituminous-coal", "gasoline", "lpg", "coke-oven-gas"];
    private static readonly string[] Gases = ["HFC-134a", "SF6", "CH4", "HFC-32", "N2O"];

    public static string Json(string method, int lines)
    {
        var ci = CultureInfo.InvariantCulture;
        var json = new StringBuilder(lines * 140);
        json.Append(ci, $$"""{"method":"{{method}}","year":2023,"regionCode":"320000","lines":[""");
        for (var i = 0; i < lines; i++)
        {
            if (i > 0) json.Append(',');
            var q = (100 + i % 97 * 13.5).ToString(ci);
            var fuel = Fuels[i % Fuels.Length];
            var fuelUnit = fuel is "natural-gas" or "coke-oven-gas" ? "10^4Nm3" : "t";
            json.Append((i % 20) switch
            {
                0 or 1 or 2 or 3 or 4 => $$"""{"id":"f{{i}}","kind":"fuel-combustion","quantity":{{q}},"unit":"{{fuelUnit}}","fuel":"{{fuel}}"}""",
                5 => $$"""{"id":"m{{i}}","kind":"fuel-combustion","quantity":{{q}},"unit":"{{fuelUnit}}","fuel":"{{fuel}}","ncv":40.1,"carbonContent":0.0201,"oxidationRate":0.98}""",
                6 or 7 or 8 or 9 => $$"""{"id":"e{{i}}","kind":"purchased-electricity","quantity":{{q}},"unit":"MWh"}""",
                10 => $$"""{"id":"g{{i}}","kind":"green-electricity","quantity":{{q}},"unit":"MWh","instrument":"direct-supply"}""",
                11 => $$"""{"id":"x{{i}}","kind":"exported-electricity","quantity":10,"unit":"MWh","source":"non-fossil"}""",
                12 => $$"""{"id":"h{{i}}","kind":"purchased-heat","quantity":{{q}},"unit":"GJ"}""",
                13 => $$"""{"id":"r{{i}}","kind":"ghg-release","quantity":0.05,"unit":"t","gas":"{{Gases[i % Gases.Length]}}"}""",
                14 => $$"""{"id":"c{{i}}","kind":"carbonate-decomposition","quantity":{{q}},"unit":"t","carbonate":"calcium-carbonate","calcinationFraction":0.97}""",
                15 => $$"""{"id":"p{{i}}","kind":"industrial-process","quantity":{{q}},"unit":"t","product":"ammonia","emissionFactor":1.5}""",
                16 => $$"""{"id":"s{{i}}","kind":"scope3","quantity":{{q}},"unit":"km","category":6,"emissionFactor":0.00012}""",
                17 => $$"""{"id":"t{{i}}","kind":"scope3","quantity":{{q}},"unit":"tCO2e","category":4}""",
                18 => $$"""{"id":"k{{i}}","kind":"carbon-sink","quantity":5,"unit":"tCO2","sinkType":"green-space"}""",
                _ => $$"""{"id":"o{{i}}","kind":"offset","quantity":2,"unit":"tCO2e","instrument":"CCER","serial":"CCER-{{i}}"}""",
            });
        }
        json.Append("]}");
        return json.ToString();
    }
}
