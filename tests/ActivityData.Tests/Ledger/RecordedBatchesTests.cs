using System.Net;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using Grpc.Core;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

/// <summary>What accounting's reconciliation reads: the batches recorded for each park-year.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class RecordedBatchesTests(ActivityDataService service)
{
    [Fact]
    public async Task Every_recorded_batch_is_listed_under_its_park_year()
    {
        var park = new TestPark(service);
        var batches2024 = new List<string>();
        foreach (var line in new[] { "e-1", "e-2" })
            batches2024.Add((await Api.OkJsonAsync(await park.RecordAsync(2024, TestPark.Electricity(line, 10)), HttpStatusCode.Accepted))
                .GetProperty("batchId").GetString()!);
        var batch2025 = (await Api.OkJsonAsync(await park.RecordAsync(2025, TestPark.Electricity("e-3", 10)), HttpStatusCode.Accepted))
            .GetProperty("batchId").GetString()!;

        var client = new ActivityLedger.ActivityLedgerClient(service.GrpcChannel());
        using var call = client.ListRecordedBatches(new ListRecordedBatchesRequest { ParkId = park.Id.ToString() });
        var listed = new Dictionary<int, List<Guid>>();
        await foreach (var parkYear in call.ResponseStream.ReadAllAsync())
        {
            Assert.Equal(park.Id, Guid.Parse(parkYear.ParkId));
            listed.Add(parkYear.Year, parkYear.BatchIds.Select(Guid.Parse).ToList());
        }

        Assert.Equal(batches2024.Select(Guid.Parse).Order(), listed[2024].Order());
        Assert.Equal([Guid.Parse(batch2025)], listed[2025]);
        Assert.Equal(2, listed.Count);
    }

    [Fact]
    public async Task The_digest_of_a_park_year_counts_its_batches_and_changes_with_each_new_one()
    {
        var park = new TestPark(service);
        var client = new ActivityLedger.ActivityLedgerClient(service.GrpcChannel());
        var batches = new List<string>();
        foreach (var line in new[] { "d-1", "d-2" })
            batches.Add((await Api.OkJsonAsync(await park.RecordAsync(2024, TestPark.Electricity(line, 10)), HttpStatusCode.Accepted))
                .GetProperty("batchId").GetString()!);
        var two = await client.GetRecordedBatchDigestAsync(new StreamLinesRequest { ParkId = park.Id.ToString(), Year = 2024 });

        await park.RecordAsync(2025, TestPark.Electricity("d-3", 10)); // another year changes nothing here
        Assert.Equal(two, await client.GetRecordedBatchDigestAsync(new StreamLinesRequest { ParkId = park.Id.ToString(), Year = 2024 }));
        await park.RecordAsync(2024, TestPark.Electricity("d-4", 10));
        var three = await client.GetRecordedBatchDigestAsync(new StreamLinesRequest { ParkId = park.Id.ToString(), Year = 2024 });

        Assert.Equal((2, BatchSetDigest.Of(batches)), (two.Count, two.Digest));
        Assert.Equal(BatchSetDigest.Of(Enumerable.Reverse(batches)), two.Digest);
        Assert.Equal(3, three.Count);
        Assert.NotEqual(two.Digest, three.Digest);
    }
}
