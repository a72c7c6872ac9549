using CarbonPlatform.Domain.Requests;
using static CarbonPlatform.Accounting.Engine.Tests.Engine;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>Every input error names its line and field and carries a stable code.</summary>
public class InputErrorTests
{
    private static InputError LineError(string line, string code, string method = "cers-2025")
    {
        var errors = Errors(Request(method, 2022, line));
        var error = errors.Single(code);
        return error;
    }

    private static void Expect(string line, string lineId, string field, string code)
    {
        var error = LineError(line, code);
        Assert.Equal((lineId, field), (error.Line, error.Field));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void A_fuel_line_in_MWh_is_a_unit_family_mismatch_naming_the_line() =>
        Expect("""{ "id": "bad", "kind": "fuel-combustion", "quantity": 10, "unit": "MWh", "fuel": "natural-gas" }""", "bad", "unit", ErrorCodes.UnitFamilyMismatch);

    [Fact]
    public void A_gas_fuel_in_tonnes_is_a_unit_family_mismatch_because_its_row_says_gas_volume() =>
        Expect("""{ "id": "bad", "kind": "fuel-combustion", "quantity": 10, "unit": "t", "fuel": "natural-gas" }""", "bad", "unit", ErrorCodes.UnitFamilyMismatch);

    [Fact]
    public void Electricity_in_GJ_is_a_unit_family_mismatch() =>
        Expect("""{ "id": "grid", "kind": "purchased-electricity", "quantity": 10, "unit": "GJ" }""", "grid", "unit", ErrorCodes.UnitFamilyMismatch);

    [Fact]
    public void An_unknown_unit_is_an_error() =>
        Expect("""{ "id": "grid", "kind": "purchased-electricity", "quantity": 10, "unit": "MW" }""", "grid", "unit", ErrorCodes.UnknownUnit);

    [Fact]
    public void A_negative_quantity_is_an_error() =>
        Expect("""{ "id": "gas", "kind": "fuel-combustion", "quantity": -1, "unit": "10^4Nm3", "fuel": "natural-gas" }""", "gas", "quantity", ErrorCodes.NegativeQuantity);

    [Fact]
    public void An_unknown_fuel_is_an_error() =>
        Expect("""{ "id": "wood", "kind": "fuel-combustion", "quantity": 1, "unit": "t", "fuel": "firewood" }""", "wood", "fuel", ErrorCodes.UnknownFuel);

    [Fact]
    public void An_unknown_carbonate_is_an_error() =>
        Expect("""{ "id": "k", "kind": "carbonate-decomposition", "quantity": 1, "unit": "t", "carbonate": "chalk" }""", "k", "carbonate", ErrorCodes.UnknownCarbonate);

    [Fact]
    public void An_unknown_gas_is_an_error() =>
        Expect("""{ "id": "r", "kind": "ghg-release", "quantity": 1, "unit": "t", "gas": "R-22" }""", "r", "gas", ErrorCodes.UnknownGas);

    [Fact]
    public void NF3_under_SAR_is_an_error_because_SAR_gives_no_value()
    {
        var errors = Errors(Cers("""{ "id": "etch", "kind": "ghg-release", "quantity": 1, "unit": "kg", "gas": "NF3" }""", "\"gwpSet\": \"SAR\""));
        Assert.Equal("etch", errors.Single(ErrorCodes.GwpNotDefined).Line);
    }

    [Theory]
    [InlineData("""{ "id": "x", "kind": "fuel-combustion", "quantity": 1, "unit": "t" }""", "fuel")]
    [InlineData("""{ "id": "x", "kind": "fuel-conversion", "quantity": 1, "unit": "t", "fuel": "coke" }""", "direction")]
    [InlineData("""{ "id": "x", "kind": "carbonate-decomposition", "quantity": 1, "unit": "t" }""", "carbonate")]
    [InlineData("""{ "id": "x", "kind": "industrial-process", "quantity": 1, "unit": "t", "product": "lime" }""", "emissionFactor")]
    [InlineData("""{ "id": "x", "kind": "industrial-process", "quantity": 1, "unit": "t", "emissionFactor": 1 }""", "product")]
    [InlineData("""{ "id": "x", "kind": "ghg-release", "quantity": 1, "unit": "t" }""", "gas")]
    [InlineData("""{ "id": "x", "kind": "green-electricity", "quantity": 1, "unit": "MWh" }""", "instrument")]
    [InlineData("""{ "id": "x", "kind": "scope3", "quantity": 1, "unit": "tCO2e" }""", "category")]
    [InlineData("""{ "id": "x", "kind": "scope3", "quantity": 1, "unit": "km", "category": 6 }""", "emissionFactor")]
    [InlineData("""{ "id": "x", "kind": "carbon-sink", "quantity": 1, "unit": "tCO2" }""", "sinkType")]
    [InlineData("""{ "id": "x", "kind": "offset", "quantity": 1, "unit": "tCO2e", "instrument": "CCER" }""", "serial")]
    [InlineData("""{ "id": "x", "kind": "offset", "quantity": 1, "unit": "tCO2e", "serial": "S" }""", "instrument")]
    [InlineData("""{ "id": "x", "kind": "purchased-heat", "unit": "GJ" }""", "quantity")]
    [InlineData("""{ "id": "x", "kind": "purchased-heat", "quantity": 1 }""", "unit")]
    public void A_missing_required_field_is_an_error_naming_line_and_field(string line, string field) =>
        Expect(line, "x", field, ErrorCodes.MissingField);

    [Fact]
    public void A_line_without_an_id_is_named_by_its_position()
    {
        var errors = Errors(Cers("""
            { "id": "a", "kind": "purchased-heat", "quantity": 1, "unit": "GJ" },
            { "kind": "purchased-heat", "quantity": 1, "unit": "GJ" }
            """));
        var error = errors.Single(ErrorCodes.MissingField);
        Assert.Equal(((string?)null, "lines[1].id"), (error.Line, error.Field));
    }

    [Fact]
    public void A_duplicate_line_id_is_an_error_on_the_second_line()
    {
        var errors = Errors(Cers("""
            { "id": "a", "kind": "purchased-heat", "quantity": 1, "unit": "GJ" },
            { "id": "a", "kind": "exported-heat", "quantity": 1, "unit": "GJ" }
            """));
        Assert.Equal(("a", "id"), (errors.Single(ErrorCodes.DuplicateLineId).Line, errors.Single(ErrorCodes.DuplicateLineId).Field));
    }

    [Fact]
    public void A_duplicate_offset_serial_is_an_error_naming_the_second_line()
    {
        var errors = Errors(Cers("""
            { "id": "a", "kind": "offset", "quantity": 10, "unit": "tCO2e", "instrument": "CCER", "serial": "X-1" },
            { "id": "b", "kind": "offset", "quantity": 5, "unit": "tCO2e", "instrument": "CCER", "serial": "X-1" }
            """));
        Assert.Equal(("b", "serial"), (errors.Single(ErrorCodes.DuplicateSerial).Line, errors.Single(ErrorCodes.DuplicateSerial).Field));
    }

    [Fact]
    public void Green_electricity_greater_than_purchased_is_an_error_naming_the_line()
    {
        var errors = Errors(Cers("""
            { "id": "green-1", "kind": "green-electricity", "quantity": 60, "unit": "MWh", "instrument": "green-power-trade" },
            { "id": "grid", "kind": "purchased-electricity", "quantity": 100, "unit": "MWh" },
            { "id": "green-2", "kind": "green-electricity", "quantity": 50000, "unit": "kWh", "instrument": "green-certificate" }
            """));
        Assert.Equal("green-2", errors.Single(ErrorCodes.GreenExceedsPurchased).Line);
    }

    [Fact]
    public void Green_electricity_equal_to_purchased_in_another_unit_is_accepted()
    {
        Assert.True(Run(Cers("""
            { "id": "grid", "kind": "purchased-electricity", "quantity": 100, "unit": "MWh" },
            { "id": "green", "kind": "green-electricity", "quantity": 100000, "unit": "kWh", "instrument": "direct-supply" }
            """)).Succeeded);
    }

    [Fact]
    public void A_quantity_given_as_a_string_is_an_invalid_type_naming_line_and_field_not_an_exception()
    {
        var errors = Errors(Cers("""{ "id": "gas", "kind": "fuel-combustion", "quantity": "120.5", "unit": "10^4Nm3", "fuel": "natural-gas" }"""));
        var error = Assert.Single(errors);
        Assert.Equal(("gas", "quantity", ErrorCodes.InvalidType), (error.Line, error.Field, error.Code));
    }

    [Theory]
    [InlineData("\"category\": \"4\"", "category")]
    [InlineData("\"category\": 4.5", "category")]
    [InlineData("\"unit\": 7", "unit")]
    [InlineData("\"emissionFactor\": true", "emissionFactor")]
    public void Wrong_JSON_types_on_a_line_are_invalid_types(string field, string name)
    {
        var json = Cers($$"""{ "id": "s", "kind": "scope3", "quantity": 1, "unit": "km", "category": 4, "emissionFactor": 0.1, {{field}} }""");
        var error = Errors(json).Single(ErrorCodes.InvalidType);
        Assert.Equal(("s", name), (error.Line, error.Field));
    }

    [Fact]
    public void Wrong_JSON_types_on_the_request_are_invalid_types()
    {
        var errors = Errors("""{ "method": "cers-2025", "year": "2022", "lines": {} }""");
        Assert.Contains(errors, e => e is { Field: "year", Code: ErrorCodes.InvalidType });
        Assert.Contains(errors, e => e is { Field: "lines", Code: ErrorCodes.InvalidType });
        Assert.DoesNotContain(errors, e => e is { Field: "year", Code: ErrorCodes.MissingField });
    }

    [Fact]
    public void An_unknown_or_missing_kind_is_an_error()
    {
        Expect("""{ "id": "x", "kind": "fuel-burning", "quantity": 1, "unit": "t" }""", "x", "kind", ErrorCodes.UnknownKind);
        Expect("""{ "id": "x", "quantity": 1, "unit": "t" }""", "x", "kind", ErrorCodes.MissingField);
    }

    [Theory]
    [InlineData("""{ "id": "x", "kind": "fuel-combustion", "quantity": 1, "unit": "t", "fuel": "diesel", "oxidationRate": 1.2 }""", "oxidationRate")]
    [InlineData("""{ "id": "x", "kind": "fuel-combustion", "quantity": 1, "unit": "t", "fuel": "diesel", "ncv": 0 }""", "ncv")]
    [InlineData("""{ "id": "x", "kind": "fuel-combustion", "quantity": 1, "unit": "t", "fuel": "diesel", "carbonContent": -0.1 }""", "carbonContent")]
    [InlineData("""{ "id": "x", "kind": "carbonate-decomposition", "quantity": 1, "unit": "t", "carbonate": "dolomite", "calcinationFraction": 1.5 }""", "calcinationFraction")]
    [InlineData("""{ "id": "x", "kind": "industrial-process", "quantity": 1, "unit": "t", "product": "p", "emissionFactor": -1 }""", "emissionFactor")]
    [InlineData("""{ "id": "x", "kind": "purchased-heat", "quantity": 1, "unit": "GJ", "emissionFactor": -0.1 }""", "emissionFactor")]
    public void A_value_out_of_its_range_is_an_error(string line, string field) => Expect(line, "x", field, ErrorCodes.OutOfRange);

    [Fact]
    public void A_scope_3_category_outside_1_to_15_is_an_error() =>
        Expect("""{ "id": "x", "kind": "scope3", "quantity": 1, "unit": "tCO2e", "category": 16 }""", "x", "category", ErrorCodes.UnknownScope3Category);

    [Fact]
    public void An_unknown_instrument_is_an_error()
    {
        Expect("""{ "id": "x", "kind": "green-electricity", "quantity": 1, "unit": "MWh", "instrument": "ppa" }""", "x", "instrument", ErrorCodes.UnknownInstrument);
        Expect("""{ "id": "x", "kind": "offset", "quantity": 1, "unit": "tCO2e", "instrument": "JCM", "serial": "1" }""", "x", "instrument", ErrorCodes.UnknownInstrument);
    }

    [Fact]
    public void An_unknown_source_or_direction_is_an_invalid_value()
    {
        Expect("""{ "id": "x", "kind": "exported-electricity", "quantity": 1, "unit": "MWh", "source": "nuclear" }""", "x", "source", ErrorCodes.InvalidValue);
        Expect("""{ "id": "x", "kind": "onsite-generation", "quantity": 1, "unit": "MWh", "source": "fossil" }""", "x", "source", ErrorCodes.InvalidValue);
        Expect("""{ "id": "x", "kind": "fuel-conversion", "quantity": 1, "unit": "t", "fuel": "coke", "direction": "both" }""", "x", "direction", ErrorCodes.InvalidValue);
    }

    [Fact]
    public void Fields_that_contradict_the_kind_are_refused()
    {
        Expect("""{ "id": "x", "kind": "fuel-conversion", "quantity": 1, "unit": "t", "fuel": "coke", "direction": "input", "oxidationRate": 0.9 }""", "x", "oxidationRate", ErrorCodes.FieldNotAllowed);
        Expect("""{ "id": "x", "kind": "scope3", "quantity": 1, "unit": "tCO2e", "category": 1, "emissionFactor": 2 }""", "x", "emissionFactor", ErrorCodes.FieldNotAllowed);
    }

    [Theory]
    [InlineData("""{ "year": 2022, "lines": [] }""", "method", ErrorCodes.MissingField)]
    [InlineData("""{ "method": "ghg-protocol", "year": 2022, "lines": [] }""", "method", ErrorCodes.UnknownMethod)]
    [InlineData("""{ "method": "cers-2025", "lines": [] }""", "year", ErrorCodes.MissingField)]
    [InlineData("""{ "method": "cers-2025", "year": 2022 }""", "lines", ErrorCodes.MissingField)]
    [InlineData("""{ "method": "cers-2025", "year": 20222, "lines": [] }""", "year", ErrorCodes.OutOfRange)]
    [InlineData("""{ "method": "cers-2025", "year": 2022, "gwpSet": "AR7", "lines": [] }""", "gwpSet", ErrorCodes.UnknownGwpSet)]
    [InlineData("""{ "method": "cers-2025", "year": 2022, "factorRelease": "cn-2024.9", "lines": [] }""", "factorRelease", ErrorCodes.UnknownFactorRelease)]
    [InlineData("""{ "method": "ndrc-910-2025", "year": 2022, "electricityEquivalentCoefficient": 0, "lines": [] }""", "electricityEquivalentCoefficient", ErrorCodes.OutOfRange)]
    public void Request_fields_are_checked(string json, string field, string code)
    {
        var error = Errors(json).Single(code);
        Assert.Equal(((string?)null, field), (error.Line, error.Field));
    }

    [Fact]
    public void Quantities_so_large_that_a_total_overflows_are_an_error_and_not_infinity()
    {
        var errors = Errors(Cers("""{ "id": "x", "kind": "purchased-heat", "quantity": 1e308, "unit": "TJ" }"""));
        Assert.Equal(ErrorCodes.ResultOutOfRange, Assert.Single(errors).Code);
    }

    [Fact]
    public void A_body_that_is_not_a_JSON_object_is_one_error()
    {
        Assert.Equal(ErrorCodes.InvalidType, Assert.Single(Errors("[1, 2]")).Code);
        Assert.Equal(ErrorCodes.InvalidType, Assert.Single(Errors("{ \"method\": ")).Code);
    }

    [Fact]
    public void Every_input_error_is_reported_at_once()
    {
        var errors = Errors("""
            { "method": "cers-2025", "year": 2022, "gwpSet": "AR9", "lines": [
              { "id": "a", "kind": "fuel-combustion", "quantity": "ten", "unit": "t", "fuel": "diesel" },
              { "id": "b", "kind": "fuel-combustion", "quantity": 1, "unit": "MWh", "fuel": "diesel" },
              { "id": "c", "kind": "fuel-combustion", "quantity": 1, "unit": "t", "fuel": "peat" },
              { "id": "d", "kind": "teleportation", "quantity": 1, "unit": "t" },
              { "id": "e", "kind": "purchased-heat", "quantity": -4, "unit": "GJ" },
              { "id": "e", "kind": "offset", "quantity": 1, "unit": "tCO2e", "instrument": "CCER" }
            ] }
            """);
        (string?, string, string)[] expected =
        [
            (null, "gwpSet", ErrorCodes.UnknownGwpSet), ("a", "quantity", ErrorCodes.InvalidType),
            ("b", "unit", ErrorCodes.UnitFamilyMismatch), ("c", "fuel", ErrorCodes.UnknownFuel), ("d", "kind", ErrorCodes.UnknownKind),
            ("e", "quantity", ErrorCodes.NegativeQuantity), ("e", "id", ErrorCodes.DuplicateLineId), ("e", "serial", ErrorCodes.MissingField),
        ];
        Assert.Equal(expected.Order(), errors.Select(e => (e.Line, e.Field, e.Code)).Order());
    }
}
