using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Imports;

/// <summary>A committed CSV/XLSX import honours Idempotency-Key as the activity-records endpoint does.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class ImportIdempotencyTests(ActivityDataService service)
{
    private const string Header = "编号,类型,数量,单位,燃料,产品,排放因子,月份\r\n";
    private const string Valid = Header + "F-1,fuel-combustion,1200,t,anthracite,,,1\r\nP-1,industrial-process,50,t,,水泥熟料,0.52,\r\n";
    private const string Other = Header + "F-2,fuel-combustion,900,t,anthracite,,,2\r\n";

    private static Task<HttpResponseMessage> Import(TestPark park, string csv, string? key, bool dryRun = false)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{park.Id}/imports?year=2024&dryRun={dryRun}") { Content = content };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return park.Admin.SendAsync(request);
    }

    private Task<int> BatchesAsync(TestPark park) => service.WithDbAsync(db => db.Batches.CountAsync(b => b.ParkId == park.Id));

    private Task<int> EventsAsync(TestPark park) => service.WithDbAsync(db => db.Set<OutboxMessage>()
        .CountAsync(m => m.MessageType.Contains("ActivityBatchRecorded") && m.Body.Contains(park.Id.ToString())));

    private static async Task<int> LedgerCountAsync(TestPark park) => (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength();

    [Fact]
    public async Task A_retried_import_with_the_same_key_records_once_and_answers_the_same()
    {
        var park = new TestPark(service);
        var key = Guid.NewGuid().ToString();

        var first = await Import(park, Valid, key);
        var firstBody = await Api.OkJsonAsync(first, HttpStatusCode.Accepted);
        var retry = await Import(park, Valid, key);
        var retryBody = await Api.OkJsonAsync(retry, HttpStatusCode.Accepted);

        Assert.Equal(firstBody.GetRawText(), retryBody.GetRawText());
        Assert.Equal(2, retryBody.GetProperty("lines").GetInt32());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await BatchesAsync(park));
        Assert.Equal(2, await LedgerCountAsync(park));
        Assert.Equal(1, await EventsAsync(park));
    }

    [Fact]
    public async Task The_same_key_with_a_different_file_is_409_idempotency_key_reused_and_records_nothing()
    {
        var park = new TestPark(service);
        var key = Guid.NewGuid().ToString();
        await Api.OkJsonAsync(await Import(park, Valid, key), HttpStatusCode.Accepted);

        var problem = await Api.OkJsonAsync(await Import(park, Other, key), HttpStatusCode.Conflict);

        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("Idempotency-Key", "idempotency-key-reused"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(1, await BatchesAsync(park));
        Assert.Equal(2, await LedgerCountAsync(park));
    }

    [Fact]
    public async Task Concurrent_imports_with_the_same_key_record_one_batch_and_all_answer_with_it()
    {
        var park = new TestPark(service);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Import(park, Valid, key)));

        var bodies = new List<JsonElement>();
        foreach (var r in responses) bodies.Add(await Api.OkJsonAsync(r, HttpStatusCode.Accepted));
        Assert.Single(bodies.Select(b => b.GetProperty("batchId").GetGuid()).Distinct());
        Assert.Equal(1, await BatchesAsync(park));
        Assert.Equal(2, await LedgerCountAsync(park));
        Assert.Equal(1, await EventsAsync(park));
    }

    [Fact]
    public async Task A_dry_run_with_a_key_records_nothing_and_leaves_the_key_for_the_commit()
    {
        var park = new TestPark(service);
        var key = Guid.NewGuid().ToString();

        var dryRun = await Api.OkJsonAsync(await Import(park, Other, key, dryRun: true));
        Assert.True(dryRun.GetProperty("valid").GetBoolean());
        Assert.Equal(0, await BatchesAsync(park));

        await Api.OkJsonAsync(await Import(park, Valid, key), HttpStatusCode.Accepted); // a different file: the dry run did not take the key
        Assert.Equal(1, await BatchesAsync(park));
        Assert.Equal(2, await LedgerCountAsync(park));
    }

    [Fact]
    public async Task An_import_retried_without_a_key_is_still_refused_as_a_conflict()
    {
        var park = new TestPark(service);
        await Api.OkJsonAsync(await Import(park, Valid, null), HttpStatusCode.Accepted);

        var codes = await Api.ProblemCodesAsync(await Import(park, Valid, null), HttpStatusCode.BadRequest);

        Assert.Contains("line-id-exists", codes);
        Assert.Equal(1, await BatchesAsync(park));
    }
}
