using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ServiceDefaults.Problems;

/// <summary>Reads the UTF-8 text of a request body.</summary>
public delegate T JsonBodyReader<out T>(ReadOnlySpan<byte> utf8);

/// <summary>
/// A JSON request body as UTF-8 bytes, for an endpoint that reads it token by token with its own reader (so that every
/// error names its line and field). Binding a <see cref="JsonElement"/> instead would copy the body and build a document
/// of it, only for the endpoint to walk that document again: for a 10,000-line calculation that was most of the time
/// spent before the calculation began. The bytes are those <see cref="Utf8JsonBodies"/> already checked.
/// </summary>
public sealed class JsonBody(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public static async ValueTask<JsonBody?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
            throw new BadHttpRequestException($"Expected a supported JSON media type but got \"{request.ContentType}\".", StatusCodes.Status415UnsupportedMediaType);
        var utf8 = context.Features.Get<Utf8JsonBodies.CheckedJsonBody>()?.Utf8 ?? await ReadAsync(context);
        if (utf8.IsEmpty) throw new BadHttpRequestException($"The request has no body: {parameter.Name} is a JSON object.");
        return new JsonBody(utf8);
    }

    /// <summary>Reads the body; malformed JSON is answered as any unreadable body is (400, <c>malformed-json</c>).</summary>
    public T Read<T>(JsonBodyReader<T> read)
    {
        try
        {
            return read(Utf8.Span);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
    }

    /// <summary>A body the check left alone (larger than it reads): the server's body size limit still applies.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpContext context)
    {
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
        return copy.GetBuffer().AsMemory(0, (int)copy.Length);
    }
}
