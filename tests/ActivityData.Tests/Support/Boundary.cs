using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>A park's enterprises, sources and imports as the tests set them up through the API.</summary>
public static class Boundary
{
    public static async Task<Guid> EnterpriseAsync(this TestPark park, string name, bool keyEnergyUser = false)
    {
        var created = await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/enterprises", new { name, keyEnergyUser }),
            HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> SourceAsync(this TestPark park, Guid enterpriseId, string name, bool metered = false,
        string kind = "purchased-electricity", string unit = "MWh")
    {
        var created = await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/emission-sources",
            new { enterpriseId, name, kind, unit, metered }), HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static object Line(string id, double mwh, int? month = null, Guid? sourceId = null, string? evidenceId = null) =>
        new { id, kind = "purchased-electricity", quantity = mwh, unit = "MWh", month, sourceId, evidenceId };

    public static Task<HttpResponseMessage> RecordByAsync(this TestPark park, string channel, int year, params object[] lines) =>
        park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records", new { year, channel, lines });

    public static Task<HttpResponseMessage> PostReadingsAsync(this TestPark park, byte[] file, int year, bool dryRun)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return park.Admin.PostAsync($"/api/v1/parks/{park.Id}/meter-readings?year={year}&dryRun={dryRun}", content);
    }

    public static Task<HttpResponseMessage> ImportAsync(this TestPark park, string csv, int year, bool dryRun)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return park.Admin.PostAsync($"/api/v1/parks/{park.Id}/imports?year={year}&dryRun={dryRun}", content);
    }
}
