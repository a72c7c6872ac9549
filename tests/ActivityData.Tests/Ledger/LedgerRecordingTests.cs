using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.BuildingBlocks.Messaging;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

[Collection(nameof(ServiceCollection))]
public sealed class LedgerRecordingTests(ActivityDataService service)
{
    [Fact]
    public async Task Every_recorded_line_becomes_a_chained_ledger_entry_with_who_when_channel_and_period()
    {
        var park = new TestPark(service);
        await Api.OkJsonAsync(await park.RecordAsync(2024, TestPark.Electricity("e-jan", 120, month: 1), TestPark.Electricity("e-year", 900)),
            HttpStatusCode.Accepted);

        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(2, entries.Count);
        var (jan, year) = (entries[0], entries[1]);
        Assert.Equal([1L, 2L], entries.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal("e-jan", jan.GetProperty("lineId").GetString());
        Assert.Equal(1, jan.GetProperty("month").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, year.GetProperty("month").ValueKind);
        Assert.Equal("api", jan.GetProperty("channel").GetString());
        Assert.Equal($"operator-admin-{park.OperatorId:N}", jan.GetProperty("recordedBy").GetString());
        Assert.Equal(120, jan.GetProperty("values").GetProperty("quantity").GetDouble());
        Assert.Equal(new string('0', 64), jan.GetProperty("previousHash").GetString());
        Assert.Equal(jan.GetProperty("hash").GetString(), year.GetProperty("previousHash").GetString());
        Assert.All(entries, e => Assert.False(e.GetProperty("superseded").GetBoolean()));
    }

    [Fact]
    public async Task A_month_outside_1_to_12_is_refused_and_nothing_is_recorded()
    {
        var park = new TestPark(service);

        var codes = await Api.ProblemCodesAsync(await park.RecordAsync(2024, TestPark.Electricity("e-13", 10, month: 13)), HttpStatusCode.BadRequest);

        Assert.Equal(["invalid-month"], codes);
        Assert.Equal(0, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_correction_supersedes_the_entry_keeps_the_old_value_visible_and_accounting_streams_only_the_new_one()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50));

        var created = await Api.OkJsonAsync(await park.CorrectAsync("e-1", 2024, "Meter reading was misread", TestPark.Electricity("e-1", 110)),
            HttpStatusCode.Created);

        Assert.Equal(3, created.GetProperty("sequence").GetInt64());
        Assert.Equal(1, created.GetProperty("supersedes").GetInt64());
        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, entries.Count);
        Assert.True(entries[0].GetProperty("superseded").GetBoolean());
        Assert.Equal(3, entries[0].GetProperty("supersededBy").GetInt64());
        Assert.Equal(100, entries[0].GetProperty("values").GetProperty("quantity").GetDouble());
        Assert.False(entries[2].GetProperty("superseded").GetBoolean());
        Assert.Equal("Meter reading was misread", entries[2].GetProperty("reason").GetString());
        Assert.Equal(110, entries[2].GetProperty("values").GetProperty("quantity").GetDouble());

        var streamed = await StreamAsync(park.Id, 2024);
        Assert.Equal([("e-1", 110.0), ("e-2", 50.0)], streamed.Lines.Select(l => (l.Id, l.Quantity)).OrderBy(l => l.Id));
        var batchId = created.GetProperty("batchId").GetString()!;
        Assert.Contains(streamed.BatchIds, id => Guid.Parse(id) == Guid.Parse(batchId));

        var events = await service.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Select(m => m.Body).ToListAsync());
        Assert.True(events.Any(body => body.Contains(batchId) && body.Contains("\"lineCount\":1")), string.Join("\n", events));
    }

    [Fact]
    public async Task A_correction_needs_a_reason_and_an_existing_line()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100));

        Assert.Equal(["missing-field"], await Api.ProblemCodesAsync(
            await park.CorrectAsync("e-1", 2024, " ", TestPark.Electricity("e-1", 1)), HttpStatusCode.BadRequest));
        Assert.Equal(["line-not-found"], await Api.ProblemCodesAsync(
            await park.CorrectAsync("nope", 2024, "typo", TestPark.Electricity("nope", 1)), HttpStatusCode.NotFound));
        Assert.Equal(["unit-family-mismatch"], await Api.ProblemCodesAsync(
            await park.CorrectAsync("e-1", 2024, "typo", new { kind = "purchased-electricity", quantity = 1, unit = "t" }), HttpStatusCode.BadRequest));
        Assert.Equal(1, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Another_operator_cannot_see_the_ledger_and_a_viewer_cannot_correct_it()
    {
        var park = new TestPark(service);
        var stranger = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Admin.GetAsync($"/api/v1/parks/{park.Id}/ledger?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Admin.GetAsync($"/api/v1/parks/{park.Id}/ledger/verification")).StatusCode);
        var byViewer = await park.Viewer.PostAsJsonAsync($"/api/v1/parks/{park.Id}/ledger/corrections",
            new { lineId = "e-1", year = 2024, reason = "x", line = TestPark.Electricity("e-1", 1) });
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
    }

    private async Task<(List<Contracts.Grpc.Common.ActivityLine> Lines, List<string> BatchIds)> StreamAsync(Guid parkId, int year)
    {
        var client = new ActivityLedger.ActivityLedgerClient(service.GrpcChannel());
        using var call = client.StreamLines(new StreamLinesRequest { ParkId = parkId.ToString(), Year = year });
        var lines = new List<Contracts.Grpc.Common.ActivityLine>();
        var batches = new List<string>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            lines.AddRange(page.Lines);
            batches.AddRange(page.BatchIds);
        }
        return (lines, batches);
    }
}
