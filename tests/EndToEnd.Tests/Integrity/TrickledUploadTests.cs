using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>
/// A meter file that trickles in (a slow link, a paused client) holds no write lock while it arrives: it is checked and
/// spooled as it comes and written in one short transaction once complete (#15). Through the gateway and real Kestrel,
/// so the body really arrives in parts.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TrickledUploadTests(PlatformFixture platform)
{
    [Fact]
    public async Task Another_parks_batches_complete_while_a_meter_file_is_still_arriving()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "园区 trickle " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var slowPark = await Tenants.ParkAsync(op, tenant, "园区 slow " + Guid.NewGuid().ToString("N")[..6], "320571");
        var busyPark = await Tenants.ParkAsync(op, tenant, "园区 busy " + Guid.NewGuid().ToString("N")[..6], "320571");
        var enterprise = (await op.PostAsync($"/api/v1/parks/{slowPark}/enterprises", new { name = "企业 trickle", keyEnergyUser = false })).Str("id");
        var meter = (await op.PostAsync($"/api/v1/parks/{slowPark}/emission-sources",
            new { enterpriseId = enterprise, name = "电表 1", kind = "purchased-electricity", unit = "MWh", metered = true })).Str("id");

        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var content = new TrickledCsv(meter, resume.Task) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } };
        var upload = op.PostAsync($"/api/v1/parks/{slowPark}/meter-readings?year=2024&dryRun=false", content);
        await content.FirstHalfSent.WaitAsync(TimeSpan.FromSeconds(60));

        // Before the fix the upload held SQLite's write lock: these waited for it and failed after its 30 s timeout.
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await op.PostAsync($"/api/v1/parks/{busyPark}/activity-records", new { year = 2024, lines = new[] { new { id = $"grid-{i}", kind = "purchased-electricity", quantity = 10, unit = "MWh" } } }, HttpStatusCode.Accepted);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"a batch took {watch.Elapsed} while the upload was arriving");
        }
        Assert.False(upload.IsCompleted, "the upload was to be still arriving while the batches were written");

        resume.SetResult();
        using var response = await upload;
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ledger = await op.GetJsonAsync($"/api/v1/parks/{busyPark}/ledger?year=2024");
        Assert.Equal(3, ledger.GetProperty("items").GetArrayLength());
    }

    /// <summary>Half a month of hourly readings, then a pause until told, then the rest.</summary>
    private sealed class TrickledCsv(string meter, Task resume) : HttpContent
    {
        private readonly TaskCompletionSource _firstHalf = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Task FirstHalfSent => _firstHalf.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(Rows(0, 360, header: true)));
            await stream.FlushAsync();
            _firstHalf.SetResult();
            await resume.WaitAsync(TimeSpan.FromMinutes(3));
            await stream.WriteAsync(Encoding.UTF8.GetBytes(Rows(360, 720, header: false)));
        }

        private string Rows(int from, int to, bool header)
        {
            var csv = new StringBuilder(header ? "sourceId,readAt,quantity\n" : "");
            for (var h = from; h < to; h++) csv.Append($"{meter},{new DateTime(2024, 3, 1).AddHours(h):yyyy-MM-dd HH:mm:ss},0.5\n");
            return csv.ToString();
        }

        protected override bool TryComputeLength(out long length) { length = 0; return false; }
    }
}
