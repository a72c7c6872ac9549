using System.Net;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Evidence;

/// <summary>
/// Evidence in S3-compatible object storage (#16 item 3) where it is configured, against npm's s3rver on loopback:
/// replicas share it, the database keeps no copy, a changed object is refused, and files stored before stay readable.
/// </summary>
[Collection(nameof(ServiceCollection))]
public sealed class EvidenceS3Tests(ActivityDataService service)
{
    private static Task<string> UploadAsync(HttpClient admin, Guid parkId, byte[] content) => EvidenceStorageTests.UploadAsync(admin, parkId, content);

    private static HttpClient AdminOn(ActivityDataService replica, TestPark park) => replica.As(Callers.Operator(park.OperatorId));

    /// <summary>The first replica is started (it creates the shared database) before the others join it.</summary>
    private TestPark StartedPark()
    {
        _ = service.Services;
        return new TestPark(service);
    }

    [S3rverFact]
    public async Task A_file_uploaded_through_one_replica_lands_in_the_bucket_and_another_replica_serves_it()
    {
        await using var s3 = await S3Server.StartAsync();
        var park = StartedPark();
        using var first = ActivityDataService.ReplicaOf(service, s3.Settings());
        using var second = ActivityDataService.ReplicaOf(service, s3.Settings());
        var content = "%PDF-1.7 green certificate GEC-2024-0001"u8.ToArray();

        var id = await UploadAsync(AdminOn(first, park), park.Id, content);

        Assert.Equal(content, await AdminOn(second, park).GetByteArrayAsync($"/api/v1/parks/{park.Id}/evidence/{id}/content"));
        Assert.Equal(content, await File.ReadAllBytesAsync(s3.ObjectFile($"{park.Id:D}/{id}")));
        Assert.Equal(0, await service.ScalarAsync<long>($"SELECT count(*) FROM EvidenceContents WHERE EvidenceId = upper('{id}')"));
    }

    [S3rverFact]
    public async Task An_object_changed_in_the_bucket_is_an_error_not_a_download()
    {
        await using var s3 = await S3Server.StartAsync();
        var park = StartedPark();
        using var replica = ActivityDataService.ReplicaOf(service, s3.Settings());
        var id = await UploadAsync(AdminOn(replica, park), park.Id, "%PDF-1.7 meter photo"u8.ToArray());

        // The same length, one byte changed: what the store's own length and ETag bookkeeping would not notice.
        await File.WriteAllBytesAsync(s3.ObjectFile($"{park.Id:D}/{id}"), "%PDF-1.7 meter phot0"u8.ToArray());

        var download = await AdminOn(replica, park).GetAsync($"/api/v1/parks/{park.Id}/evidence/{id}/content");
        Assert.Equal(["evidence-corrupt"], await Api.ProblemCodesAsync(download, HttpStatusCode.InternalServerError));
    }

    [S3rverFact]
    public async Task A_file_stored_in_the_database_before_the_bucket_was_configured_is_still_served()
    {
        await using var s3 = await S3Server.StartAsync();
        var park = StartedPark();
        var content = "%PDF-1.7 stored before the bucket"u8.ToArray();
        var id = await UploadAsync(park.Admin, park.Id, content);

        using var replica = ActivityDataService.ReplicaOf(service, s3.Settings());
        Assert.Equal(content, await AdminOn(replica, park).GetByteArrayAsync($"/api/v1/parks/{park.Id}/evidence/{id}/content"));
    }
}
