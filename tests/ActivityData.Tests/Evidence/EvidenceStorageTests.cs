using System.Net;
using System.Net.Http.Headers;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Evidence;

/// <summary>Evidence lives in the service's database: any replica serves it, a restart keeps it, a changed byte is refused.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class EvidenceStorageTests(ActivityDataService service)
{
    private static Task<string> UploadAsync(TestPark park, byte[] content) => UploadAsync(park.Admin, park.Id, content);

    /// <summary>Uploads a PDF as evidence of the park through <paramref name="admin"/>; its id.</summary>
    internal static async Task<string> UploadAsync(HttpClient admin, Guid parkId, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var created = await Api.OkJsonAsync(await admin.PostAsync($"/api/v1/parks/{parkId}/evidence",
            new MultipartFormDataContent { { file, "file", "invoice.pdf" } }), HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    private static HttpClient ViewerOn(ActivityDataService replica, TestPark park) =>
        replica.As(Callers.Operator(park.OperatorId, "operator-viewer"));

    [Fact]
    public async Task A_file_uploaded_through_one_replica_is_downloaded_through_another_and_after_a_restart()
    {
        var park = new TestPark(service);
        var content = "%PDF-1.7 gas invoice 2024-03"u8.ToArray();
        var id = await UploadAsync(park, content);

        using (var other = ActivityDataService.ReplicaOf(service))
            Assert.Equal(content, await ViewerOn(other, park).GetByteArrayAsync($"/api/v1/parks/{park.Id}/evidence/{id}/content"));
        Assert.Empty(Directory.EnumerateFiles(service.DataFolder, Guid.Parse(id).ToString("N"), SearchOption.AllDirectories));
        using var restarted = ActivityDataService.ReplicaOf(service);
        Assert.Equal(content, await ViewerOn(restarted, park).GetByteArrayAsync($"/api/v1/parks/{park.Id}/evidence/{id}/content"));
    }

    [Fact]
    public async Task Stored_bytes_that_no_longer_match_their_sha256_are_an_error_not_a_download()
    {
        var park = new TestPark(service);
        var id = await UploadAsync(park, "%PDF-1.7 meter photo"u8.ToArray());

        Assert.Equal(1, await service.ExecuteSqlAsync($"UPDATE EvidenceContents SET Bytes = X'25504446' WHERE EvidenceId = upper('{id}')"));

        var download = await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/evidence/{id}/content");
        Assert.Equal(["evidence-corrupt"], await Api.ProblemCodesAsync(download, HttpStatusCode.InternalServerError));
    }

    [Fact]
    public async Task Files_left_in_the_data_folder_move_into_the_database_when_their_sha256_matches()
    {
        var park = new TestPark(service);
        var intact = "%PDF-1.7 written before evidence moved"u8.ToArray();
        var intactId = await UploadAsync(park, intact);
        var alteredId = await UploadAsync(park, "%PDF-1.7 original"u8.ToArray());
        await service.ExecuteSqlAsync($"DELETE FROM EvidenceContents WHERE EvidenceId IN (upper('{intactId}'), upper('{alteredId}'))");
        var intactPath = WriteOldStyle(park.Id, intactId, intact);
        var alteredPath = WriteOldStyle(park.Id, alteredId, "%PDF-1.7 altered on disk"u8.ToArray());

        var outcome = await service.WithDbAsync(db => EvidenceFolderImport.RunAsync(db, service.DataFolder, CancellationToken.None));

        Assert.Equal(new EvidenceFolderImport.Outcome(Moved: 1, Mismatched: 1, Orphaned: 0), outcome);
        Assert.Equal(intact, await park.Viewer.GetByteArrayAsync($"/api/v1/parks/{park.Id}/evidence/{intactId}/content"));
        Assert.False(File.Exists(intactPath));
        Assert.True(File.Exists(alteredPath), "a file that does not match is kept for someone to look at");
        var altered = await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/evidence/{alteredId}/content");
        Assert.Equal(["evidence-missing"], await Api.ProblemCodesAsync(altered, HttpStatusCode.InternalServerError));
        File.Delete(alteredPath);
    }

    private string WriteOldStyle(Guid parkId, string id, byte[] content)
    {
        var path = Path.Combine(EvidenceRules.FolderOf(service.DataFolder), parkId.ToString("N"), Guid.Parse(id).ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }
}
