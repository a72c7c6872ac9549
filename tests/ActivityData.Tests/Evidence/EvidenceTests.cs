using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Evidence;

[Collection(nameof(ServiceCollection))]
public sealed class EvidenceTests(ActivityDataService service)
{
    private static MultipartFormDataContent File(byte[] content, string contentType, string name = "invoice.pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static async Task<string> UploadAsync(TestPark park, byte[] content)
    {
        var created = await Api.OkJsonAsync(await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/evidence", File(content, "application/pdf")),
            HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task An_evidence_file_is_stored_with_its_sha256_and_comes_back_unchanged()
    {
        var park = new TestPark(service);
        var content = Encoding.UTF8.GetBytes("%PDF-1.7 electricity invoice 2024-01");

        var created = await Api.OkJsonAsync(await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/evidence", File(content, "application/pdf", "../../发票.pdf")),
            HttpStatusCode.Created);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), created.GetProperty("sha256").GetString());
        Assert.Equal(content.Length, created.GetProperty("size").GetInt64());
        Assert.Equal("发票.pdf", created.GetProperty("fileName").GetString());
        var id = created.GetProperty("id").GetString();
        Assert.Equal(content, await park.Viewer.GetByteArrayAsync($"/api/v1/parks/{park.Id}/evidence/{id}/content"));
        Assert.Equal(HttpStatusCode.NotFound, (await new TestPark(service).Admin.GetAsync($"/api/v1/parks/{park.Id}/evidence/{id}")).StatusCode);
    }

    [Fact]
    public async Task Evidence_of_a_kind_not_accepted_or_too_large_is_refused()
    {
        var park = new TestPark(service);

        var html = await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/evidence", File("<script>"u8.ToArray(), "text/html", "x.html"));
        var large = await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/evidence", File(new byte[EvidenceRules.MaxBytes + 1], "application/pdf"));

        Assert.Equal(["unsupported-content-type"], await Api.ProblemCodesAsync(html, HttpStatusCode.UnsupportedMediaType));
        Assert.Equal(["file-too-large"], await Api.ProblemCodesAsync(large, HttpStatusCode.RequestEntityTooLarge));
    }

    [Fact]
    public async Task A_ledger_entry_refers_to_evidence_of_its_own_park_only()
    {
        var park = new TestPark(service);
        var evidence = await UploadAsync(park, "%PDF meter photo"u8.ToArray());
        var foreign = await UploadAsync(new TestPark(service), "%PDF other park"u8.ToArray());

        var refused = await park.RecordAsync(2024, new { id = "e-x", kind = "purchased-electricity", quantity = 1, unit = "MWh", evidenceId = foreign });
        Assert.Equal(["unknown-evidence"], await Api.ProblemCodesAsync(refused, HttpStatusCode.BadRequest));

        await Api.OkJsonAsync(await park.RecordAsync(2024, new { id = "e-1", kind = "purchased-electricity", quantity = 1, unit = "MWh", evidenceId = evidence }),
            HttpStatusCode.Accepted);
        var entry = (await park.LedgerAsync(2024)).GetProperty("items")[0];
        Assert.Equal(evidence, entry.GetProperty("evidenceId").GetString());
    }
}

public sealed class EvidenceRulesTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\temp\\发票.pdf", "发票.pdf")]
    [InlineData("a\"b\r\n.pdf", "ab.pdf")]
    [InlineData("", "evidence")]
    [InlineData(null, "evidence")]
    public void A_file_name_keeps_no_path_and_no_control_characters(string? name, string safe) =>
        Assert.Equal(safe, EvidenceRules.SafeFileName(name));
}
