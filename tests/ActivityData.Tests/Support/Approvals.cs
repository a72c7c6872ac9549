using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>Maker–checker as the tests drive it: the park's setting, submissions and decisions.</summary>
public static class Approvals
{
    public static async Task RequireApprovalAsync(this TestPark park, bool required = true) =>
        await Api.OkJsonAsync(await park.Admin.PutAsJsonAsync($"/api/v1/parks/{park.Id}/settings", new { approvalRequired = required }));

    /// <summary>Posts the batch as <paramref name="client"/> and returns its id, after checking it was submitted, not recorded.</summary>
    public static async Task<Guid> SubmitAsync(this TestPark park, HttpClient client, int year, params object[] lines)
    {
        var answer = await Api.OkJsonAsync(await client.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records", new { year, lines }),
            HttpStatusCode.Accepted);
        Assert.Equal("submitted", answer.GetProperty("status").GetString());
        return answer.GetProperty("batchId").GetGuid();
    }

    public static Task<HttpResponseMessage> DecideAsync(this TestPark park, HttpClient client, Guid batchId, string decision, string? reason = null) =>
        client.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records/{batchId}/approval", new { decision, reason });

    public static async Task<JsonElement> SubmissionsAsync(this TestPark park, HttpClient client, string status = "submitted") =>
        (await Api.OkJsonAsync(await client.GetAsync($"/api/v1/parks/{park.Id}/activity-records/submissions?status={status}"))).GetProperty("items");

    public static async Task<List<string>> RecordedLineIdsAsync(this TestPark park, HttpClient client, int year) =>
        (await Api.OkJsonAsync(await client.GetAsync($"/api/v1/parks/{park.Id}/activity-records?year={year}")))
            .GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToList();
}
