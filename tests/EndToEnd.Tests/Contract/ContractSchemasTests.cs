using Xunit;
using Xunit.Sdk;

namespace CarbonPlatform.EndToEnd.Tests.Contract;

/// <summary>The check every end-to-end answer goes through refuses what the contract does not describe.</summary>
public sealed class ContractSchemasTests
{
    private const string Park = "/api/v1/parks/6f1c2a9e-4b7d-4c1e-9a51-2f0d8e3b7c45";

    private const string ParkBody = """
        {"id":"6f1c2a9e-4b7d-4c1e-9a51-2f0d8e3b7c45","name":"苏州工业园区","regionCode":"320500",
         "operatorOrganizationId":"0b6e7c1d-2f3a-4b5c-9d8e-7f6a5b4c3d2e","stage":"self-evaluated","certifyingBodyId":null,
         "boundary":null,"createdAt":"2026-12-03T10:00:00Z"}
        """;

    [Fact]
    public void A_park_as_the_contract_describes_it_passes() =>
        ContractSchemas.Check(HttpMethod.Get, Park, 200, "application/json", ParkBody);

    [Fact]
    public void A_park_without_its_name_does_not_follow_the_contract() =>
        Assert.Throws<TrueException>(() => ContractSchemas.Check(HttpMethod.Get, Park, 200, "application/json", ParkBody.Replace("\"name\":\"苏州工业园区\",", "")));

    [Fact]
    public void A_stage_the_contract_does_not_name_is_refused() =>
        Assert.Throws<TrueException>(() => ContractSchemas.Check(HttpMethod.Get, Park, 200, "application/json", ParkBody.Replace("self-evaluated", "SelfEvaluated")));

    [Fact]
    public void A_status_the_operation_does_not_declare_is_refused() =>
        Assert.Throws<TrueException>(() => ContractSchemas.Check(HttpMethod.Get, Park, 418, "application/json", ParkBody));

    [Fact]
    public void A_problem_answer_must_be_a_problem() =>
        Assert.Throws<TrueException>(() => ContractSchemas.Check(HttpMethod.Get, Park, 404, "application/problem+json", "{\"errors\": 3}"));
}
