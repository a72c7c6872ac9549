using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// The readings file as it arrives: the body itself, or the first file of a multipart/form-data form (what a generated
/// client sends). Either way a stream over the request, never buffered whole: a readings file may be 256 MB.
/// </summary>
public static class ReadingUpload
{
    /// <summary>The file's bytes, or null when a form carries no file.</summary>
    public static async Task<Stream?> OpenAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return request.HasFormContentType ? null : request.Body;
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) return null;
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes };
        while (await reader.ReadNextSectionAsync(ct) is { } section)
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                return section.Body;
        return null;
    }
}
