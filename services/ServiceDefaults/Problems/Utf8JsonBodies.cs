using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ServiceDefaults.Problems;

/// <summary>
/// A JSON body must be UTF-8 (RFC 8259). System.Text.Json parses invalid bytes inside a string and fails only when the
/// string is read, deep in an endpoint, as a 500: so the bytes are checked before any endpoint runs, and refused as a 400.
/// </summary>
public static class Utf8JsonBodies
{
    /// <summary>Bodies larger than this are left to the endpoint's own limits (no service takes JSON this large).</summary>
    private const int MaxChecked = 32 * 1024 * 1024;

    public static IApplicationBuilder UseUtf8JsonBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.HasJsonContentType() && request.ContentLength is null or (> 0 and <= MaxChecked))
        {
            // Read once into memory and hand the endpoint that copy: EnableBuffering would spill a body over 30 KiB to a
            // temporary file and have the endpoint read it back from disk (a 10,000-line calculation is 0.9 MiB).
            var copy = new MemoryStream(request.ContentLength is { } length ? (int)length : 16 * 1024);
            await request.Body.CopyToAsync(copy, context.RequestAborted);
            var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
            if (!Utf8.IsValid(bytes) && Invalid(bytes) is { } at)
            {
                await Problems.WithErrors(StatusCodes.Status400BadRequest, "The body is not valid UTF-8; nothing was changed.",
                    [new InputError(null, "body", "invalid-utf8", $"Byte {at} of the body starts a sequence that is not UTF-8: JSON is sent in UTF-8.")])
                    .ExecuteAsync(context);
                return;
            }
            copy.Position = 0;
            request.Body = copy;
            context.Features.Set(new CheckedJsonBody(copy.GetBuffer().AsMemory(0, (int)copy.Length)));
            context.Response.RegisterForDispose(copy);
        }
        await next(context);
    });

    /// <summary>The body's bytes as checked, for <see cref="JsonBody"/> to read without copying them again.</summary>
    internal sealed record CheckedJsonBody(ReadOnlyMemory<byte> Utf8);

    /// <summary>The 0-based offset of the first invalid UTF-8 sequence, or null.</summary>
    public static long? Invalid(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[1024];
        long offset = 0;
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData) return offset + read;
            bytes = bytes[read..];
            offset += read;
        }
        return null;
    }
}
