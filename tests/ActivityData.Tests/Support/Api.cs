using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.BuildingBlocks.Tenancy;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>The service's endpoints as the tests call them, and a park with its operator's callers.</summary>
public sealed class TestPark
{
    private readonly ActivityDataService service;

    public TestPark(ActivityDataService service)
    {
        this.service = service;
        Scope = service.Parks.Register(OperatorId);
    }

    public Guid OperatorId { get; } = Guid.NewGuid();
    public ParkScope Scope { get; }
    public Guid Id => Scope.ParkId;

    public HttpClient Admin => service.As(Callers.Operator(OperatorId));
    public HttpClient DataEntry => service.As(Callers.Operator(OperatorId, "operator-data-entry"));
    public HttpClient Viewer => service.As(Callers.Operator(OperatorId, "operator-viewer"));
    public HttpClient Reviewer => service.As(Callers.Operator(OperatorId, "operator-reviewer"));
    /// <summary>A second administrator of the operator: the checker of what <see cref="Admin"/> makes.</summary>
    public HttpClient OtherAdmin => service.As(Callers.Operator(OperatorId) with { Subject = $"second-admin-{OperatorId:N}" });
    public HttpClient EnterpriseUser(Guid enterpriseId, string role = "enterprise-data-entry") => service.As(Callers.Enterprise(Id, enterpriseId, role));

    public static object Electricity(string id, double mwh, int? month = null) =>
        new { id, kind = "purchased-electricity", quantity = mwh, unit = "MWh", month };

    public Task<HttpResponseMessage> RecordAsync(int year, params object[] lines) =>
        Admin.PostAsJsonAsync($"/api/v1/parks/{Id}/activity-records", new { year, lines });

    public Task<HttpResponseMessage> CorrectAsync(string lineId, int year, string reason, object line) =>
        Admin.PostAsJsonAsync($"/api/v1/parks/{Id}/ledger/corrections", new { lineId, year, reason, line });

    public async Task<JsonElement> LedgerAsync(int year) => await Api.OkJsonAsync(await Admin.GetAsync($"/api/v1/parks/{Id}/ledger?year={year}"));

    public async Task<JsonElement> VerifyAsync() => await Api.OkJsonAsync(await Admin.GetAsync($"/api/v1/parks/{Id}/ledger/verification"));
}

public static class Api
{
    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The codes of a problem's errors array, after checking its status.</summary>
    public static async Task<List<string>> ProblemCodesAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await OkJsonAsync(response, expected);
        return problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
    }
}
