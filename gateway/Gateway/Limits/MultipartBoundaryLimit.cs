using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.Net.Http.Headers;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Gateway.Limits;

/// <summary>
/// RFC 2046 allows a multipart boundary of 1 to 70 characters. A longer one (the probe sent 100 kB) only makes every
/// service that reads the body scan for it: refused at the door with a 400 naming the limit.
/// </summary>
public static class MultipartBoundaryLimit
{
    public const int MaxLength = 70;

    public static WebApplication UseMultipartBoundaryLimit(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.ContentType is { } type && type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
                && (!MediaTypeHeaderValue.TryParse(type, out var media)
                    || HeaderUtilities.RemoveQuotes(media.Boundary).Length is 0 or > MaxLength))
            {
                await Problems.WithErrors(StatusCodes.Status400BadRequest, "The multipart body is refused.",
                    [new InputError(null, "Content-Type", "invalid-multipart-boundary", $"A multipart boundary has 1 to {MaxLength} characters (RFC 2046).")])
                    .ExecuteAsync(http);
                return;
            }
            await next(http);
        });
        return app;
    }
}
