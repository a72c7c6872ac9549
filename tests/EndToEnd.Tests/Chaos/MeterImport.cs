using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CarbonPlatform.EndToEnd.Tests.Chaos;

/// <summary>The long chaos run's meter import: ten meters' readings, every few minutes of 2024, in one file, retried with its key.</summary>
public static class MeterImport
{
    public sealed record Result(int Status, int Attempts, int Rows, int MonthlyLines, string Body);

    public static async Task<Result> RunAsync(HttpClient op, string park, int rows)
    {
        var enterprise = (await op.PostAsync($"/api/v1/parks/{park}/enterprises", new { name = "混沌 企业", keyEnergyUser = true })).Str("id");
        var meters = new List<string>();
        for (var m = 0; m < 10; m++)
            meters.Add((await op.PostAsync($"/api/v1/parks/{park}/emission-sources",
                new { enterpriseId = enterprise, name = $"电表 {m + 1}", kind = "purchased-electricity", unit = "MWh", metered = true })).Str("id"));
        var perMeter = rows / meters.Count;
        var step = TimeSpan.FromMinutes(366 * 24 * 60.0 / perMeter);
        var csv = new StringBuilder("sourceId,readAt,quantity\n");
        foreach (var meter in meters)
            for (var i = 0; i < perMeter; i++)
                csv.Append(CultureInfo.InvariantCulture, $"{meter},{new DateTime(2024, 1, 1).Add(step * i):yyyy-MM-dd HH:mm:ss},{0.01 + i % 7 * 0.001}\n");
        var body = Encoding.UTF8.GetBytes(csv.ToString());

        var giveUp = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        for (var attempt = 1; ; attempt++)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{park}/meter-readings?year=2024&dryRun=false") { Content = content };
            request.Headers.Add("Idempotency-Key", "chaos-import");
            var (status, text) = (0, "no answer");
            try
            {
                using var response = await op.SendAsync(request);
                (status, text) = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { text = e.Message; }
            if (status is not (0 or 429 or >= 500) || DateTime.UtcNow > giveUp)
            {
                var json = status == 202 ? JsonDocument.Parse(text).RootElement : default;
                return new Result(status, attempt, status == 202 ? json.GetProperty("rows").GetInt32() : 0,
                    status == 202 ? json.GetProperty("monthlyLines").GetInt32() : 0, text.Length > 2000 ? text[..2000] : text);
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)));
        }
    }
}
