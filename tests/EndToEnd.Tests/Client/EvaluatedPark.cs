using System.Net;

namespace CarbonPlatform.EndToEnd.Tests.Client;

/// <summary>
/// An operator's park with a year of data and a stored evaluation, ready to apply, and two certification bodies: the
/// operator's side of the flow, through the suite's plain HTTP helpers.
/// </summary>
public sealed record EvaluatedPark(HttpClient Operator, Tenant Body, Tenant OtherBody, string ParkId, string ParkName, string EvaluationId)
{
    public static async Task<EvaluatedPark> CreateAsync(PlatformFixture platform)
    {
        using var admin = await platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", "无锡园区管委会 " + suffix, "320200");
        var body = await Tenants.CreateAsync(admin, "certification-body", "评价机构丙 " + suffix);
        var otherBody = await Tenants.CreateAsync(admin, "certification-body", "评价机构丁 " + suffix);
        var op = await platform.ClientAsync(operatorTenant.ClientId, operatorTenant.ClientSecret);
        var parkName = "无锡零碳园 " + suffix;
        var parkId = await Tenants.ParkAsync(op, operatorTenant, parkName, "320214");
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 2000, unit = "MWh" },
                new { id = "ccer", kind = "offset", quantity = 5000, unit = "tCO2e", instrument = "CCER", serial = "CCER-CLIENT-" + Guid.NewGuid().ToString("N") },
            },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        var evaluation = await op.PostAsync($"/api/v1/parks/{parkId}/evaluations", new
        {
            year = 2024, scheme = "cers-2025-provisional",
            management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
        });
        await op.EventuallyAsync($"/api/v1/parks/{parkId}", p => p.Str("stage") == "self-evaluated");
        return new EvaluatedPark(op, body, otherBody, parkId, parkName, evaluation.Str("id"));
    }

    /// <summary>The operator applies to <see cref="Body"/>; the application's id.</summary>
    public async Task<string> ApplyAsync() => (await Operator.PostAsync("/api/v1/certification-applications",
        new { parkId = ParkId, evaluationId = EvaluationId, certificationBodyId = Body.OrganizationId })).Str("id");

    public Task ResubmitAsync(string applicationId, string comment) =>
        Operator.PostAsync($"/api/v1/certification-applications/{applicationId}/resubmissions", new { comment }, HttpStatusCode.OK);
}
