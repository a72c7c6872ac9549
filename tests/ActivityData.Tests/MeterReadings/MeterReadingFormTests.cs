using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.MeterReadings;

/// <summary>A generated client sends the readings as the file field of a multipart/form-data form, as the contract declares.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class MeterReadingFormTests(ActivityDataService service)
{
    private static string Readings(Guid meter, int hours) => "排放源编号,读数时间,数量\n" + string.Concat(Enumerable.Range(0, hours).Select(h =>
        $"{meter},{new DateTime(2024, 3, 1).AddHours(h):yyyy-MM-dd HH:mm:ss},{2 + h % 2}\n"));

    private static Task<HttpResponseMessage> PostFormAsync(TestPark park, HttpContent form, bool dryRun) =>
        park.Admin.PostAsync($"/api/v1/parks/{park.Id}/meter-readings?year=2024&dryRun={dryRun}", form);

    [Fact]
    public async Task Readings_sent_as_the_file_of_a_form_are_recorded_like_a_raw_body()
    {
        var park = new TestPark(service);
        var meter = await park.SourceAsync(await park.EnterpriseAsync("华润电子"), "2# 总表", metered: true, unit: "kWh");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Readings(meter, hours: 48)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { new StringContent("a note"), "comment" }, { file, "file", "readings.csv" } };

        var accepted = await Api.OkJsonAsync(await PostFormAsync(park, form, dryRun: false), HttpStatusCode.Accepted);

        Assert.Equal((48, 1), (accepted.GetProperty("rows").GetInt32(), accepted.GetProperty("monthlyLines").GetInt32()));
        var line = await service.WithDbAsync(db => db.Records.AsNoTracking().SingleAsync(r => r.ParkId == park.Id));
        Assert.Equal(Enumerable.Range(0, 48).Sum(h => 2.0 + h % 2), line.Quantity, 9);
    }

    [Fact]
    public async Task A_form_without_a_file_is_400_naming_the_file()
    {
        var park = new TestPark(service);
        var form = new MultipartFormDataContent { { new StringContent("sourceId,readAt,quantity\n"), "comment" } };

        var response = await PostFormAsync(park, form, dryRun: true);

        var error = (await Api.OkJsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors")[0];
        Assert.Equal(("file", "missing-file"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
    }
}
