using System.Text.Json;
using CarbonPlatform.ActivityData.Boundary;

namespace CarbonPlatform.ActivityData.Tests.Boundary;

public sealed class BoundaryRequestsTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void An_enterprise_needs_a_name_and_a_well_formed_credit_code_when_given()
    {
        var (request, errors) = BoundaryRequests.ReadEnterprise(Json("""{ "name": " ", "creditCode": "12345", "keyEnergyUser": "yes" }"""));

        Assert.Null(request);
        Assert.Equal(["name:missing-field", "creditCode:invalid-credit-code", "keyEnergyUser:invalid-type"], errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void A_valid_enterprise_keeps_its_credit_code_in_upper_case()
    {
        var (request, errors) = BoundaryRequests.ReadEnterprise(Json("""{ "name": "华电热电", "creditCode": "91320594mA1mxxxx7x", "keyEnergyUser": true }"""));

        Assert.Empty(errors);
        Assert.Equal(new EnterpriseRequest("华电热电", "91320594MA1MXXXX7X", true), request);
    }

    [Fact]
    public void A_source_names_an_enterprise_by_id_and_one_of_the_accounting_kinds()
    {
        var (request, errors) = BoundaryRequests.ReadSource(Json("""{ "enterpriseId": "not-a-guid", "name": "1# boiler", "kind": "coal", "unit": "" }"""));

        Assert.Null(request);
        Assert.Equal(["enterpriseId:unknown-enterprise", "kind:unknown-kind", "unit:missing-field"], errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void A_valid_source_is_read_with_its_metered_flag()
    {
        var id = Guid.NewGuid();
        var (request, errors) = BoundaryRequests.ReadSource(Json($$"""{ "enterpriseId": "{{id}}", "name": "Main meter", "kind": "purchased-electricity", "unit": "MWh", "metered": true }"""));

        Assert.Empty(errors);
        Assert.Equal(new SourceRequest(id, "Main meter", "purchased-electricity", "MWh", true), request);
    }
}
