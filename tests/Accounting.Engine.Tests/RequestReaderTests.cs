using System.Text.Json;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Accounting.Engine.Tests;

public class RequestReaderTests
{
    private static RequestReadResult Read(string json) => CalculationRequestReader.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Every_request_field_is_read()
    {
        var read = Read("""
            { "method": "cers-2025", "year": 2022, "regionCode": "150000", "gwpSet": "AR6", "electricityFactorLevel": "regional",
              "gridRegion": "north", "electricityFactorVintage": 2021, "electricityEquivalentCoefficient": 0.31,
              "factorRelease": "cn-2025.1", "lines": [] }
            """);
        Assert.Empty(read.Errors);
        Assert.Equal(new CalculationRequest
        {
            Method = "cers-2025", Year = 2022, RegionCode = "150000", GwpSet = "AR6", ElectricityFactorLevel = "regional",
            GridRegion = "north", ElectricityFactorVintage = 2021, ElectricityEquivalentCoefficient = 0.31,
            FactorRelease = "cn-2025.1", Lines = read.Request!.Lines,
        }, read.Request);
    }

    [Fact]
    public void Every_line_field_is_read()
    {
        var read = Read("""
            { "method": "cers-2025", "year": 2022, "lines": [ { "id": "x", "kind": "fuel-combustion", "quantity": 1.5, "unit": "t",
              "fuel": "coke", "direction": "input", "ncv": 28, "carbonContent": 0.03, "oxidationRate": 0.9, "internationalBunker": true,
              "carbonate": "dolomite", "calcinationFraction": 0.5, "product": "p", "emissionFactor": 2, "gas": "SF6",
              "source": "fossil", "instrument": "CCER", "category": 3, "sinkType": "forest", "serial": "S-1" } ] }
            """);
        Assert.Empty(read.Errors);
        Assert.Equal(new ActivityLine
        {
            Id = "x", Kind = ActivityKind.FuelCombustion, Quantity = 1.5, Unit = "t", Fuel = "coke", Direction = "input", Ncv = 28,
            CarbonContent = 0.03, OxidationRate = 0.9, InternationalBunker = true, Carbonate = "dolomite", CalcinationFraction = 0.5,
            Product = "p", EmissionFactor = 2, Gas = "SF6", Source = "fossil", Instrument = "CCER", Category = 3, SinkType = "forest",
            Serial = "S-1",
        }, Assert.Single(read.Request!.Lines));
    }

    [Fact]
    public void Null_reads_as_absent_and_unknown_properties_are_ignored()
    {
        var read = Read("""
            { "method": "cers-2025", "year": 2022, "gwpSet": null, "comment": "draft", "lines": [
              { "id": "x", "kind": "purchased-heat", "quantity": 1, "unit": "GJ", "emissionFactor": null, "meter": 42 } ] }
            """);
        Assert.Empty(read.Errors);
        Assert.Null(read.Request!.GwpSet);
        Assert.Null(read.Request.Lines[0].EmissionFactor);
    }

    [Fact]
    public void Property_names_with_JSON_escapes_are_read_like_plain_ones()
    {
        var read = Read("""{ "method": "cers-2025", "year": 2022, "lines": [ { "id": "x", "kind": "purchased-heat", "\u0071uantity": 7, "unit": "GJ" } ] }""");
        Assert.Equal(7, read.Request!.Lines[0].Quantity);
    }

    [Fact]
    public void Each_kind_has_its_name_on_the_wire()
    {
        foreach (var kind in Enum.GetValues<ActivityKind>())
        {
            Assert.True(ActivityKinds.TryParse(ActivityKinds.Name(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }
        Assert.False(ActivityKinds.TryParse("Fuel-Combustion", out _));
    }

    [Fact]
    public void A_line_id_that_comes_last_still_names_the_line_s_errors()
    {
        var read = Read("""{ "lines": [ { "quantity": "many", "kind": "purchased-heat", "unit": 7, "id": "L1" } ] }""");

        Assert.Equal([("L1", "quantity"), ("L1", "unit")], read.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal("quantity must be a finite number, not a string", read.Errors[0].Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_skipped_whole_and_reading_goes_on()
    {
        var read = Read("""{ "lines": [ { "id": "a", "kind": "purchased-heat", "unit": { "x": [1, { "y": "z" }] }, "quantity": 3 } ] }""");

        var error = Assert.Single(read.Errors);
        Assert.Equal(("a", "unit", "unit must be a string, not an object"), (error.Line, error.Field, error.Message));
        Assert.Equal(3, read.Request!.Lines[0].Quantity);
    }

    [Fact]
    public void Text_after_the_request_makes_it_malformed()
    {
        var read = CalculationRequestReader.Read("""{ "lines": [] } {}""");

        Assert.Null(read.Request);
        Assert.StartsWith("the body is not valid JSON", Assert.Single(read.Errors).Message);
    }

    [Fact]
    public void Malformed_utf8_text_throws_and_nothing_read_counts()
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes("""{ "lines": [ { "id": "a", "kind": "nope" }, { "id": """);

        Assert.ThrowsAny<JsonException>(() => CalculationRequestReader.Read(utf8));
    }
}
