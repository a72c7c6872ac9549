using System.Text.RegularExpressions;

namespace CarbonPlatform.Glossary;

/// <summary>A line's formula in Chinese notation, with the symbols it uses (each explained by <see cref="Symbols"/>).</summary>
public sealed record Formula(string En, string Zh, IReadOnlyList<Term> Symbols);

/// <summary>
/// The accounting engine's formulas (its lineage's <c>formula</c>, English, as the API gives it) written as GB/T 32150
/// writes them. A formula not listed here is shown as the API gives it.
/// </summary>
public static class Formulas
{
    private const string Energy = "quantity[MWh] × k_elec[kgce/kWh] (1000 kWh/MWh, 1000 kgce/tce)";
    private const string EnergyZh = "电量[MWh] × k_elec[kgce/kWh]（1 MWh = 1000 kWh，1 tce = 1000 kgce）";
    private const string Fuel = "co2[t] = Q × NCV × CC × OF × 44/12, with heat[GJ] = Q × NCV and carbon[tC] = heat × CC × OF";
    private const string FuelZh = "E = Q × NCV × CC × OF × 44/12，其中热量 AD[GJ] = Q × NCV，含碳量[tC] = AD × CC × OF";
    private const string Heat = "co2[t] = quantity[GJ] × F_heat";
    private const string HeatOut = "co2[t] = −quantity[GJ] × F_heat";

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        [Fuel] = FuelZh,
        [Fuel + "; energy[tce] = heat / standardCoalHeatValue"] = FuelZh + "；能源消费量[tce] = AD / q_coal",
        ["co2[t] = sign × Q × NCV × CC × OF × 44/12 with OF = 1 and sign +1 for input, −1 for output; heat[GJ] = Q × NCV"] =
            "E = ±Q × NCV × CC × OF × 44/12，OF = 1，投入取 +、产出取 −；热量 AD[GJ] = Q × NCV",
        ["co2[t] = Q[t] × stoichiometricFactor × calcinationFraction"] = "E = Q[t] × EF_stoich × r_cal",
        ["co2[t] = Q[t] × emissionFactor"] = "E = Q[t] × EF",
        ["co2e[t] = mass[t] × GWP"] = "E[tCO2e] = 逸散量[t] × GWP",
        ["co2[t] = mass[t] (ndrc-910-2025 counts CO2 only)"] = "E = 逸散量[t]（910号文核算方法只计二氧化碳）",
        ["excluded: ndrc-910-2025 counts CO2 only; mass[t] is reported as a memo"] = "不计入：910号文核算方法只计二氧化碳，逸散量[t] 仅作备注",
        ["co2[t] = −Q[t] (recovered CO2 is subtracted from scope 1)"] = "E = −Q[t]（回收利用的二氧化碳从范围一中扣减）",
        ["excluded: ndrc-910-2025 does not deduct recovered CO2; quantity[t] is a memo"] = "不计入：910号文核算方法不扣减回收的二氧化碳，数量[t] 仅作备注",
        ["co2eLocation[t] = quantity[MWh] × F_loc; co2eMarket[t] = quantity[MWh] × F_res"] =
            "E（基于位置）= 电量[MWh] × F_loc；E（基于市场）= 电量[MWh] × F_res",
        ["co2[t] = quantity[MWh] × F_fossil; energy[tce] = " + Energy] = "E = 电量[MWh] × F_fossil；能源消费量[tce] = " + EnergyZh,
        ["co2e[t] = 0 (non-fossil generation inside the boundary)"] = "E = 0（核算边界内的非化石能源发电）",
        ["co2[t] = 0 (non-fossil generation inside the boundary); energy[tce] = " + Energy] =
            "E = 0（核算边界内的非化石能源发电）；能源消费量[tce] = " + EnergyZh,
        ["co2eLocation[t] = 0; co2eMarket[t] = −quantity[MWh] × F_res (green electricity counts zero)"] =
            "E（基于位置）= 0；E（基于市场）= −电量[MWh] × F_res（绿色电力按零排放计）",
        ["co2[t] = −quantity[MWh] × F_fossil (green electricity counts zero)"] = "E = −电量[MWh] × F_fossil（绿色电力按零排放计）",
        ["co2eLocation[t] = −quantity[MWh] × F_loc; co2eMarket[t] = −quantity[MWh] × F_res"] =
            "E（基于位置）= −电量[MWh] × F_loc；E（基于市场）= −电量[MWh] × F_res",
        ["co2[t] = −quantity[MWh] × F_fossil; energy[tce] = −" + Energy] = "E = −电量[MWh] × F_fossil；能源消费量[tce] = −" + EnergyZh,
        ["co2[t] = 0 (non-fossil export); energy[tce] = −" + Energy] = "E = 0（输出非化石能源电力）；能源消费量[tce] = −" + EnergyZh,
        [Heat] = "E = 热量[GJ] × F_heat",
        [HeatOut] = "E = −热量[GJ] × F_heat",
        [Heat + "; energy[tce] = quantity[GJ] / standardCoalHeatValue"] = "E = 热量[GJ] × F_heat；能源消费量[tce] = 热量[GJ] / q_coal",
        [HeatOut + "; energy[tce] = −quantity[GJ] / standardCoalHeatValue"] = "E = −热量[GJ] × F_heat；能源消费量[tce] = −热量[GJ] / q_coal",
        ["co2e[t] = quantity[tCO2e]"] = "E[tCO2e] = 填报量[tCO2e]",
        ["co2e[t] = quantity × emissionFactor[tCO2e per unit]"] = "E[tCO2e] = Q × EF[tCO2e/单位]",
        ["excluded: ndrc-910-2025 does not count scope 3"] = "不计入：910号文核算方法不核算范围三",
        ["neutralisation[t] = quantity[t] (neutralisation, not an emission)"] = "中和量[t] = 数量[t]（中和量，不是排放）",
        ["excluded: ndrc-910-2025 does not count neutralisation; neutralisation[t] is a memo"] = "不计入：910号文核算方法不计中和量，中和量[t] 仅作备注",
    };

    /// <summary>Every formula the glossary writes in Chinese, by the engine's English text.</summary>
    public static IReadOnlyCollection<string> Known => Chinese.Keys;

    public static Formula Of(string english)
    {
        var zh = Chinese.GetValueOrDefault(english) ?? english;
        var symbols = Symbols.All.Values.Where(s => Token(s.Id).IsMatch(english) || Token(s.Id).IsMatch(zh)).ToList();
        return new Formula(english, zh, symbols);
    }

    private static Regex Token(string symbol) => new($@"(?<![A-Za-z_]){Regex.Escape(symbol)}(?![A-Za-z_])");
}
