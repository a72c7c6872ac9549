using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Thrown when a write lost to concurrent writers even after retrying inside: the caller may simply try again
/// (503 with Retry-After), nothing was changed.
/// </summary>
public sealed class WriteContentionException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);
}

/// <summary>
/// A write that lost an optimistic-concurrency race (another replica or request changed the row first) is a 409 the
/// caller can act on, not a 500; a write that kept losing to concurrent writers is a 503 with Retry-After.
/// </summary>
internal sealed class ConcurrencyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, code, message) = exception switch
        {
            // The client said which version it changes (If-Match): the version token found it stale.
            DbUpdateConcurrencyException when context.Request.Headers.IfMatch.Count > 0 => (StatusCodes.Status412PreconditionFailed,
                "The resource changed since it was read.", "stale-version",
                "The resource changed since this ETag was read; read it again and retry if the change still applies."),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "The request conflicts with the current state.", "concurrent-change",
                "Someone changed this resource at the same time; read it again and retry if the change still applies."),
            WriteContentionException busy => (StatusCodes.Status503ServiceUnavailable, "Busy: try again.", "write-contention", busy.Message),
            _ => (0, "", "", ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = ((int)WriteContentionException.RetryAfter.TotalSeconds).ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status, Title = title,
                Extensions = { ["errors"] = new[] { new { line = (string?)null, field = status == StatusCodes.Status412PreconditionFailed ? "If-Match" : "resource", code, message } } },
            },
            Exception = exception,
        });
    }
}
