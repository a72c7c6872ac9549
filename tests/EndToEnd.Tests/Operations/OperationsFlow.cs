using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Operations;

/// <summary>
/// A flow that touches every platform metric: tokens issued and one refused, a batch (outbox → accounting's inventory),
/// a committed and a refused import, a ledger verification, an evaluation, an application and a certificate.
/// </summary>
public sealed record OperationsFlow(string ParkId, string OrganizationId, int ImportRows, string CorrelationId, IReadOnlyList<string> Secrets)
{
    public static async Task<OperationsFlow> RunAsync(PlatformFixture platform)
    {
        var secrets = new List<string>();
        using var admin = await platform.AdminAsync();
        secrets.Add(admin.DefaultRequestHeaders.Authorization!.Parameter!);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var op = await Tenants.CreateAsync(admin, "park-operator", "运维指标园区管委会 " + tag, "320500");
        var body = await Tenants.CreateAsync(admin, "certification-body", "运维认证机构 " + tag);
        secrets.AddRange([op.ClientSecret, body.ClientSecret]);
        using var operatorApi = await platform.ClientAsync(op.ClientId, op.ClientSecret);
        secrets.Add(operatorApi.DefaultRequestHeaders.Authorization!.Parameter!);

        // A wrong secret: refused (invalid_client), and the wrong secret is not logged either.
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");
        secrets.Add(wrong);
        using (var refused = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
               { ["grant_type"] = "client_credentials", ["client_id"] = op.ClientId, ["client_secret"] = wrong })))
            Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"a wrong secret got {(int)refused.StatusCode}");

        var parkId = await Tenants.ParkAsync(operatorApi, op, "运维指标园区 " + tag, "320571");
        var batch = await operatorApi.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 5000, unit = "MWh" },
                new { id = "ccer", kind = "offset", quantity = 9000, unit = "tCO2e", instrument = "CCER", serial = "CCER-OPS-" + Guid.NewGuid().ToString("N") },
            },
        }, HttpStatusCode.Accepted);

        var correlation = "ops-" + Guid.NewGuid().ToString("N");
        const string good = "id,kind,quantity,unit,fuel\ngas-a,fuel-combustion,10,10^4Nm3,natural-gas\ngas-b,fuel-combustion,20,10^4Nm3,natural-gas\n";
        var imported = await ImportAsync(operatorApi, parkId, good, correlation, HttpStatusCode.Accepted);
        await ImportAsync(operatorApi, parkId, "id,kind,quantity,unit,fuel\nbad,fuel-combustion,not-a-number,10^4Nm3,natural-gas\n", correlation, HttpStatusCode.BadRequest);

        await operatorApi.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025",
            i => i.Str("status") == "current" && Folded(i, batch.Str("batchId")) && Folded(i, imported));
        var verification = await operatorApi.GetJsonAsync($"/api/v1/parks/{parkId}/ledger/verification");
        Assert.True(verification.GetProperty("intact").GetBoolean());

        // An inventory version may still land after the one evaluated (the service then answers evaluation-stale, as the
        // contract says): the operator re-runs the evaluation and applies with the new one, as the message tells it to.
        JsonElement application = default;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var evaluation = await operatorApi.PostAsync($"/api/v1/parks/{parkId}/evaluations", new
            {
                year = 2024, scheme = "cers-2025-provisional",
                management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
            });
            var request = new { parkId, evaluationId = evaluation.Str("id"), certificationBodyId = body.OrganizationId };
            if (attempt == 3) { application = await operatorApi.PostAsync("/api/v1/certification-applications", request); break; }
            using var answer = await operatorApi.PostAsJsonAsync("/api/v1/certification-applications", request);
            var applied = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
            if (answer.StatusCode == HttpStatusCode.Created) { application = applied; break; }
            Assert.Equal("evaluation-stale", applied.GetProperty("errors")[0].Str("code"));
        }
        using var certifier = await platform.ClientAsync(body.ClientId, body.ClientSecret);
        secrets.Add(certifier.DefaultRequestHeaders.Authorization!.Parameter!);
        await certifier.PostAsync($"/api/v1/certification-applications/{application.Str("id")}/decisions",
            new { decision = "approve", comment = "Checked." }, HttpStatusCode.OK);
        return new OperationsFlow(parkId, op.OrganizationId, 2, correlation, secrets);
    }

    // Evaluating before both batches are folded in would grade an inventory that is about to be replaced: stale.
    private static bool Folded(JsonElement inventory, string? batchId) =>
        inventory.GetProperty("batches").EnumerateArray().Any(b => string.Equals(b.GetString(), batchId, StringComparison.OrdinalIgnoreCase));

    private static async Task<string?> ImportAsync(HttpClient http, string parkId, string csv, string correlation, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{parkId}/imports?year=2024&dryRun=false")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } },
        };
        request.Headers.Add("X-Correlation-Id", correlation);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"import: {(int)response.StatusCode} {text}");
        return response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.GetProperty("batchId").GetString() : null;
    }
}
