using System.Net;
using System.Text;
using CarbonPlatform.Client.Tests.Support;
using Microsoft.Kiota.Abstractions;
using WireMock.RequestBuilders;

namespace CarbonPlatform.Client.Tests.Uploads;

public sealed class EvidenceUploadTests : IDisposable
{
    private static readonly Guid ParkId = Guid.Parse("5f0c2b1e-8d4a-4c3b-9e2f-1a2b3c4d5e6f");
    private readonly FakePlatform _platform = new FakePlatform().IssuesTokens(900, "token-1");

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task An_evidence_file_is_uploaded_as_a_form_with_its_name_and_media_type_in_the_file_field()
    {
        var path = $"/api/v1/parks/{ParkId}/evidence";
        _platform.Server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(FakePlatform.Json(HttpStatusCode.Created,
            """{"id":"7a1b2c3d-0000-4000-8000-000000000004","fileName":"invoice.pdf","contentType":"application/pdf","size":13,"sha256":"ab","uploadedBy":"op","uploadedAt":"2026-03-01T08:00:00Z"}"""));
        using var carbon = _platform.Client();
        var form = new MultipartBody();
        form.AddOrReplacePart("file", "application/pdf", new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7 test")), "invoice.pdf");

        var stored = await carbon.V1.Parks[ParkId].Evidence.PostAsync(form);

        Assert.Equal((Guid.Parse("7a1b2c3d-0000-4000-8000-000000000004"), 13L), (stored!.Id, stored.Size));
        var sent = Assert.Single(_platform.Requests(path)).RequestMessage;
        Assert.StartsWith("multipart/form-data", sent.Headers!["Content-Type"].Single());
        Assert.Contains("boundary=", sent.Headers!["Content-Type"].Single());
        var body = Encoding.ASCII.GetString(sent.BodyAsBytes ?? Encoding.ASCII.GetBytes(sent.Body ?? ""));
        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"invoice.pdf\"", body);
        Assert.Contains("Content-Type: application/pdf", body);
        Assert.Contains("%PDF-1.7 test", body);
    }
}
