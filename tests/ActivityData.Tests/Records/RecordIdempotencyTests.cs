using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Records;

/// <summary>POST activity-records with Idempotency-Key, when the copies of one request arrive together.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class RecordIdempotencyTests(ActivityDataService service)
{
    [Fact]
    public async Task Concurrent_copies_of_a_batch_with_one_key_record_it_once_and_all_answer_with_its_id()
    {
        var park = new TestPark(service);
        var key = Guid.NewGuid().ToString();
        var body = new { year = 2024, lines = new[] { TestPark.Electricity("grid-race", 100) } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{park.Id}/activity-records") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return park.Admin.SendAsync(request);
        }));

        var ids = new List<Guid>();
        foreach (var response in responses) ids.Add((await Api.OkJsonAsync(response, HttpStatusCode.Accepted)).GetProperty("batchId").GetGuid());
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await service.WithDbAsync(db => db.Batches.CountAsync(b => b.ParkId == park.Id)));
    }
}
