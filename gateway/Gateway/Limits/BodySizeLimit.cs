using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Features;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Gateway.Limits;

public static class BodySizeLimit
{
    /// <summary>
    /// Refuses an oversized body with 413 before anything is forwarded: at once when Content-Length says so, and
    /// through Kestrel's limit for a chunked body.
    /// </summary>
    public static WebApplication UseBodySizeLimit(this WebApplication app)
    {
        var standard = app.Configuration.GetValue("Gateway:MaxRequestBodyBytes", 11L * 1024 * 1024);
        // Meter-reading files are streamed by the service row by row, so only they get the larger limit.
        var bulkSuffix = app.Configuration["Gateway:BulkUpload:PathSuffix"];
        var bulk = app.Configuration.GetValue("Gateway:BulkUpload:MaxRequestBodyBytes", standard);
        app.Use(async (http, next) =>
        {
            var limit = bulkSuffix is { Length: > 0 } && HttpMethods.IsPost(http.Request.Method)
                && http.Request.Path.Value?.EndsWith(bulkSuffix, StringComparison.Ordinal) == true ? bulk : standard;
            if (http.Request.ContentLength > limit)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Problems.WithErrors(413, "The request body is too large.",
                    [new InputError(null, "body", "body-too-large", $"The body has {http.Request.ContentLength} bytes; at most {limit} are accepted.")])
                    .ExecuteAsync(http);
                return;
            }
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
            await next(http);
        });
        return app;
    }
}
