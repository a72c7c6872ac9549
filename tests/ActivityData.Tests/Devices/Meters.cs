using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Devices;

/// <summary>A streamed meter as the tests drive it: registered on a metered source, posting its register over HTTP.</summary>
public sealed class Meter(ActivityDataService service, JsonElement issued)
{
    public Guid Id => issued.GetProperty("device").GetProperty("id").GetGuid();

    public static async Task<Meter> RegisterAsync(ActivityDataService service, TestPark park, string meterId)
    {
        var source = await park.SourceAsync(await park.EnterpriseAsync("华润电子"), $"表 {meterId}", metered: true);
        var issued = await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices",
            new { sourceId = source, meterId, unit = "MWh", intervalMinutes = 60, multiplier = 0.5 }), HttpStatusCode.Created);
        return new Meter(service, issued);
    }

    public Task<HttpResponseMessage> PostAsync(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, issued.GetProperty("httpPath").GetString())
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        var credential = $"{issued.GetProperty("username").GetString()}:{issued.GetProperty("secret").GetString()}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credential)));
        return service.CreateClient().SendAsync(request);
    }

    /// <summary>The register every hour from <paramref name="from"/> (park time), as one payload.</summary>
    public static string Hourly(DateTime from, int hours, Func<int, double> register) => JsonSerializer.Serialize(Enumerable.Range(0, hours)
        .Select(h => new { time = from.AddHours(h).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture), value = register(h) }));
}

/// <summary>A clock standing still at a chosen moment.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The clock at a moment of park time (UTC+8).</summary>
    public static FixedClock AtParkTime(DateTime parkTime) => new(new DateTimeOffset(parkTime, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
