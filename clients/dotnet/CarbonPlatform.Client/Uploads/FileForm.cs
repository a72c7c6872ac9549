using Microsoft.Kiota.Abstractions;

namespace CarbonPlatform.Client.Uploads;

/// <summary>
/// The form an upload takes (evidence, an activity import, meter readings): the file in the field <c>file</c>, with its
/// media type and name. The service reads the part's media type; the name only labels problems and the evidence.
/// </summary>
public static class FileForm
{
    public const string Field = "file";

    public static MultipartBody Of(Stream file, string contentType, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var form = new MultipartBody();
        form.AddOrReplacePart(Field, contentType, file, fileName);
        return form;
    }
}
