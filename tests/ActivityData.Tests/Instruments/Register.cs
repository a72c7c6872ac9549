using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Instruments;

/// <summary>A park's register of instruments as the tests call it.</summary>
public static class Register
{
    /// <summary>A serial prefix no other test uses: serials are unique on the whole platform.</summary>
    public static string FreshPrefix(string kind = "GEC") => $"{kind}-{Guid.NewGuid():N}";

    public static object Certificates(string prefix, long first, long last) =>
        new { kind = "green-certificate", vintage = 2024, quantity = last - first + 1, serials = new { prefix, first, last }, generationFrom = "2024-01", generationTo = "2024-06" };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid parkId, object instrument) =>
        client.PostAsJsonAsync($"/api/v1/parks/{parkId}/instruments", instrument);

    public static async Task<string> RegisterAsync(TestPark park, object instrument) =>
        (await Api.OkJsonAsync(await PostAsync(park.Admin, park.Id, instrument), HttpStatusCode.Created)).GetProperty("id").GetString()!;

    public static Task<HttpResponseMessage> AllocateAsync(HttpClient client, Guid parkId, string id, int year, double quantity) =>
        client.PostAsJsonAsync($"/api/v1/parks/{parkId}/instruments/{id}/allocations", new { year, quantity });

    public static async Task<string> AllocationAsync(TestPark park, string id, int year, double quantity) =>
        (await Api.OkJsonAsync(await AllocateAsync(park.Admin, park.Id, id, year, quantity), HttpStatusCode.Created)).GetProperty("id").GetString()!;

    public static async Task<JsonElement> InstrumentAsync(TestPark park, string id) =>
        (await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/instruments?limit=100")))
        .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    /// <summary>The (field, code) pairs of a problem's errors, after checking its status.</summary>
    public static async Task<List<(string Field, string Code)>> ErrorsAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        (await Api.OkJsonAsync(response, expected)).GetProperty("errors").EnumerateArray()
        .Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("code").GetString()!)).ToList();
}
