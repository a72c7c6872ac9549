using System.Net;
using System.Text;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.MeterReadings;

/// <summary>The import writes readings through SQLite's own statement API: what it writes must be what the EF model reads.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class ReadingStorageTests(ActivityDataService service)
{
    [Fact]
    public async Task Readings_written_by_the_import_read_back_through_the_model_exactly()
    {
        var park = new TestPark(service);
        var boiler = await park.SourceAsync(await park.EnterpriseAsync("常州锅炉厂"), "2# boiler", metered: true, kind: "fuel-combustion", unit: "t");
        var csv = new StringBuilder("排放源编号,读数时间,数量,燃料\n");
        var written = Enumerable.Range(0, 30).Select(i => (At: new DateTime(2024, 3, 1, 0, 0, 7).AddMinutes(97 * i), Quantity: 0.125 + i / 3.0,
            Fuel: i % 2 == 0 ? "anthracite" : "bituminous-coal")).ToList();
        foreach (var (at, quantity, fuel) in written) csv.Append($"{boiler},{at:yyyy-MM-dd HH:mm:ss},{quantity:R},{fuel}\n");

        var accepted = await Api.OkJsonAsync(await park.PostReadingsAsync(Encoding.UTF8.GetBytes(csv.ToString()), 2024, dryRun: false), HttpStatusCode.Accepted);

        var batch = accepted.GetProperty("batchId").GetGuid();
        var stored = await service.WithDbAsync(db => db.MeterReadings.AsNoTracking().Where(r => r.SourceId == boiler).OrderBy(r => r.ReadAt).ToListAsync());
        Assert.Equal(written.Select(w => (boiler, w.At, w.Quantity, w.Fuel, batch, 2024, w.At.Month)),
            stored.Select(r => (r.SourceId, r.ReadAt, r.Quantity, r.Fuel!, r.BatchId, r.Year, r.Month)));
        // The model's own query by time finds them, so the stored text compares as EF writes times.
        Assert.Equal(written.Count(w => w.At >= new DateTime(2024, 3, 2)),
            await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == boiler && r.ReadAt >= new DateTime(2024, 3, 2))));
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Theory]
    [InlineData("GB18030", false)]
    [InlineData("UTF-8", true)]
    [InlineData("UTF-8", false)]
    public async Task A_readings_file_in_GB18030_or_UTF_8_with_or_without_BOM_is_read_by_its_Chinese_header(string encodingName, bool bom)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var park = new TestPark(service);
        var meter = await park.SourceAsync(await park.EnterpriseAsync("无锡电表厂"), "3# 总表", metered: true, unit: "kWh");
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        var text = "排放源编号,读数时间,数量\r\n" + string.Concat(Enumerable.Range(0, 5).Select(h => $"{meter},2024-05-01 0{h}:00:00,{h + 1}\r\n"));
        var bytes = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(text)).ToArray();
        Assert.Equal(encodingName == "GB18030", bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("排放源编号")) < 0); // really another encoding

        var accepted = await Api.OkJsonAsync(await park.PostReadingsAsync(bytes, 2024, dryRun: false), HttpStatusCode.Accepted);

        Assert.Equal(5, accepted.GetProperty("rows").GetInt32());
        Assert.Equal(15, await service.WithDbAsync(db => db.MeterReadings.Where(r => r.SourceId == meter).SumAsync(r => r.Quantity)));
    }
}
