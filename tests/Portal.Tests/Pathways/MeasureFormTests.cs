using CarbonPlatform.Portal.Pathways;
using Xunit;

namespace CarbonPlatform.Portal.Tests.Pathways;

public sealed class MeasureFormTests
{
    private static List<Dictionary<string, object>> Read(Dictionary<string, string> form) => MeasureForm.Read(name => form.GetValueOrDefault(name));

    [Fact]
    public void Only_the_ticked_kinds_become_measures_in_the_order_the_engine_applies_them()
    {
        var measures = Read(new()
        {
            ["measure.offset.on"] = "true", ["measure.offset.startYear"] = "2027", ["measure.offset.amount"] = "500", ["measure.offset.option"] = "CCER",
            ["measure.offset.opex"] = "40000",
            ["measure.efficiency.on"] = "true", ["measure.efficiency.startYear"] = "2026", ["measure.efficiency.amount"] = "10",
            ["measure.efficiency.line"] = "line:boiler-gas", ["measure.efficiency.capex"] = "3000000",
            ["measure.carbon-sink.amount"] = "80",
        });

        Assert.Equal(["efficiency", "offset"], measures.Select(m => (string)m["kind"]));
        var efficiency = measures[0];
        Assert.Equal(10.0, efficiency["percent"]);
        Assert.Equal("boiler-gas", efficiency["line"]);
        Assert.Equal(3_000_000.0, efficiency["capex"]);
        Assert.False(efficiency.ContainsKey("unit"));
        var offset = measures[1];
        Assert.Equal(500.0, offset["quantity"]);
        Assert.Equal("tCO2e", offset["unit"]);
        Assert.Equal("CCER", offset["instrument"]);
        Assert.Equal(2027.0, offset["startYear"]);
        Assert.False(offset.ContainsKey("capex"), "an empty field is left out, for the API's default");
    }

    [Fact]
    public void A_whole_kind_is_written_lineKind_and_the_fuel_switch_carries_where_it_goes_and_its_efficiency()
    {
        var measures = Read(new()
        {
            ["measure.efficiency.on"] = "true", ["measure.efficiency.amount"] = "5", ["measure.efficiency.line"] = "kind:purchased-electricity",
            ["measure.fuel-switch.on"] = "true", ["measure.fuel-switch.amount"] = "50", ["measure.fuel-switch.line"] = "line:boiler",
            ["measure.fuel-switch.option"] = "purchased-heat", ["measure.fuel-switch.efficiency"] = "0.9",
        });

        Assert.Equal("purchased-electricity", measures[0]["lineKind"]);
        Assert.False(measures[0].ContainsKey("line"));
        Assert.Equal("purchased-heat", measures[1]["to"]);
        Assert.Equal(0.9, measures[1]["efficiency"]);
    }

    [Fact]
    public void A_figure_that_is_not_a_number_is_sent_as_written_so_the_API_names_the_field()
    {
        var measures = Read(new() { ["measure.green-electricity.on"] = "true", ["measure.green-electricity.amount"] = "lots" });

        Assert.Equal("lots", measures.Single()["quantity"]);
        Assert.Equal("MWh", measures.Single()["unit"]);
    }
}
