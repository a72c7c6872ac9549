using System.Net;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>A Changzhou park with a current 2024 inventory and a graded evaluation, its operator and two certification bodies.</summary>
public sealed record EvaluatedPark(HttpClient Operator, HttpClient Body, HttpClient OtherBody, Tenant BodyTenant, string ParkId, string EvaluationId)
    : IDisposable
{
    public static async Task<EvaluatedPark> CreateAsync(PlatformFixture platform)
    {
        using var admin = await platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", "常州园区 integrity " + suffix, "320400");
        var bodyTenant = await Tenants.CreateAsync(admin, "certification-body", "评价机构 integrity " + suffix);
        var otherTenant = await Tenants.CreateAsync(admin, "certification-body", "另一机构 integrity " + suffix);
        var op = await platform.ClientAsync(operatorTenant.ClientId, operatorTenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, operatorTenant, "常州零碳园 integrity " + suffix, "320412");
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 2000, unit = "MWh" },
                new { id = "ccer", kind = "offset", quantity = 5000, unit = "tCO2e", instrument = "CCER", serial = "CCER-INT-" + Guid.NewGuid().ToString("N") },
            },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        var evaluation = await EvaluateAsync(op, parkId);
        return new EvaluatedPark(op, await platform.ClientAsync(bodyTenant.ClientId, bodyTenant.ClientSecret),
            await platform.ClientAsync(otherTenant.ClientId, otherTenant.ClientSecret), bodyTenant, parkId, evaluation);
    }

    public static async Task<string> EvaluateAsync(HttpClient op, string parkId) => (await op.PostAsync($"/api/v1/parks/{parkId}/evaluations", new
    {
        year = 2024, scheme = "cers-2025-provisional",
        management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
    })).Str("id");

    public async Task<string> ApplyAsync(string evaluationId, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var created = await Operator.PostAsync("/api/v1/certification-applications",
            new { parkId = ParkId, evaluationId, certificationBodyId = BodyTenant.OrganizationId }, expected);
        return expected == HttpStatusCode.Created ? created.Str("id") : created.GetProperty("errors")[0].Str("code");
    }

    public Task<System.Text.Json.JsonElement> DecideAsync(string application, string decision, HttpStatusCode expected = HttpStatusCode.OK) =>
        Body.PostAsync($"/api/v1/certification-applications/{application}/decisions", new { decision, comment = $"{decision}: integrity test" }, expected);

    public Task<System.Text.Json.JsonElement> CorrectGridAsync(double mwh, HttpStatusCode expected) =>
        Operator.PostAsync($"/api/v1/parks/{ParkId}/ledger/corrections",
            new { lineId = "grid", year = 2024, reason = "meter re-read", line = new { id = "grid", kind = "purchased-electricity", quantity = mwh, unit = "MWh" } },
            expected);

    public void Dispose()
    {
        Operator.Dispose();
        Body.Dispose();
        OtherBody.Dispose();
    }
}
