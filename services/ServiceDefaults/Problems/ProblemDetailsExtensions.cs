using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    public static IHostApplicationBuilder AddPlatformProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        return builder;
    }
}

/// <summary>Malformed JSON and oversized bodies become problem details with an errors array, not bare status codes.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var (code, message) = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => ("body-too-large", "The request body is larger than this endpoint accepts."),
            _ when bad.InnerException is System.Text.Json.JsonException json => ("malformed-json", json.Message),
            _ => ("bad-request", bad.Message),
        };
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == 413 ? "The request body is too large." : "The request could not be read.",
                Extensions = { ["errors"] = new[] { new { line = (string?)null, field = "body", code, message } } },
            },
            Exception = exception,
        });
    }
}
