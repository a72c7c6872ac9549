namespace CarbonPlatform.Domain.Factors;

/// <summary>How each reference-data file's rows become factors.</summary>
internal static class ReferenceRows
{
    public static Factor Electricity(ReferenceRow row)
    {
        var family = row.Required("family");
        var level = row.Required("level");
        var area = row.Required("area_code");
        var vintage = row.Integer("vintage");
        var (status, note) = row.Status(FactorStatuses.Unverified);
        return new Factor(FactorKeys.Electricity(family, level, area, vintage), FactorCategories.Electricity, family,
            family, level, area, row.Text("area_name"), vintage, null, null, null, null,
            row.Number("t_co2_per_mwh"), null, "tCO2/MWh", Units.MWh, row.Text("publication"), status, note);
    }

    public static Factor GridRegion(ReferenceRow row)
    {
        var province = row.Required("province_code");
        var (status, note) = row.Status(FactorStatuses.Inferred);
        return new Factor(FactorKeys.GridRegion(province), FactorCategories.GridRegion, row.Required("grid_region"),
            null, null, province, row.Text("province"), null, null, null, null, null,
            0, null, "", null, row.File, status, note);
    }

    /// <summary>A fuel becomes three atomic factors, so lineage can name each one.</summary>
    public static IEnumerable<Factor> Fuel(ReferenceRow row)
    {
        var code = row.Required("code");
        var name = row.Text("name_zh");
        var unit = row.Required("unit");
        var source = row.Text("source");
        var (status, note) = row.Status(FactorStatuses.Unverified);
        Factor Atom(string parameter, double value, string valueUnit) =>
            new(FactorKeys.Fuel(code, parameter), FactorCategories.Fuel, code, null, null, null, name, null, null, null,
                null, parameter, value, null, valueUnit, unit, source, status, note);
        yield return Atom(FactorKeys.Ncv, row.Number("ncv"), row.Required("ncv_unit"));
        yield return Atom(FactorKeys.CarbonContent, row.Number("carbon_content_tc_per_gj"), "tC/GJ");
        yield return Atom(FactorKeys.OxidationRate, row.Number("oxidation_rate"), "fraction");
    }

    public static Factor Carbonate(ReferenceRow row)
    {
        var code = row.Required("code");
        var (status, note) = row.Status(FactorStatuses.Unverified);
        return new Factor(FactorKeys.Carbonate(code), FactorCategories.Carbonate, code, null, null, null,
            row.Text("name_zh"), null, null, null, null, null, row.Number("t_co2_per_t"), null, "tCO2/t", Units.Tonne,
            row.Text("derivation"), status, note ?? row.Text("formula"));
    }

    /// <summary>gwp.csv has no source or status column: its rows are marked unverified (not
    /// checked against the IPCC reports here). An empty cell means the set defines no value.</summary>
    public static IEnumerable<Factor> Gwp(ReferenceRow row)
    {
        var gas = row.Required("gas");
        var note = row.Text("note");
        foreach (var set in FactorKeys.GwpSets)
        {
            var cell = row.Text(set);
            if (cell.Length == 0) continue;
            if (!ReferenceRow.TryNumber(cell, out var value)) throw row.Error($"'{set}' is not a number");
            yield return new Factor(FactorKeys.Gwp(set, gas), FactorCategories.Gwp, gas, null, null, null, null, null,
                gas, set, null, null, value, null, "tCO2e/t", Units.Tonne, $"IPCC {set}, 100-year GWP ({row.File})",
                FactorStatuses.Unverified, note.Length == 0 ? null : note);
        }
    }

    /// <summary>A method constant; a non-numeric value (the default GWP set) is kept as text.</summary>
    public static Factor MethodParameter(ReferenceRow row)
    {
        var method = row.Required("method");
        var parameter = row.Required("parameter");
        var cell = row.Required("value");
        var numeric = ReferenceRow.TryNumber(cell, out var value);
        var (status, note) = row.Status(FactorStatuses.Unverified);
        return new Factor(FactorKeys.MethodParameter(method, parameter), FactorCategories.Method, parameter,
            null, null, null, null, null, null, null, method, parameter, numeric ? value : 0, numeric ? null : cell,
            row.Text("unit"), null, row.Text("source"), status, note);
    }
}
