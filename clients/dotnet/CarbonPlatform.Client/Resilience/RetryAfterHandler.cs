using System.Net;
using CarbonPlatform.Client.Idempotency;

namespace CarbonPlatform.Client.Resilience;

/// <summary>
/// Retries an answer of 429 (rate limited) or 503 (unavailable) after the wait its <c>Retry-After</c> names (seconds or
/// an HTTP date), or after a doubling wait when it names none, at most <see cref="RetryOptions.MaxRetries"/> times; then
/// the last answer goes back to the caller. A 429 is refused before the request is handled, so every request is retried;
/// a 503 may come after a request was handled, so only requests that are safe to repeat are: GET, HEAD, OPTIONS, PUT,
/// DELETE, and a POST that carries an <c>Idempotency-Key</c>.
/// </summary>
public sealed class RetryAfterHandler(RetryOptions? options = null) : DelegatingHandler
{
    private static readonly HashSet<HttpMethod> Repeatable = [HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Put, HttpMethod.Delete];

    public RetryOptions Options { get; } = options ?? new RetryOptions();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body is sent again on a retry: buffered once so that a stream is not read twice.
        if (request.Content is not null && Options.MaxRetries > 0)
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        for (var retry = 0; ; retry++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (retry >= Options.MaxRetries || !MayRetry(request, response.StatusCode)) return response;
            var delay = Delay(response, retry);
            if (delay > Options.MaxDelay) return response;
            response.Dispose();
            await Task.Delay(delay, Options.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool MayRetry(HttpRequestMessage request, HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => true,
        HttpStatusCode.ServiceUnavailable => Repeatable.Contains(request.Method) || request.Headers.Contains(IdempotencyKey.Header),
        _ => false,
    };

    private TimeSpan Delay(HttpResponseMessage response, int retry)
    {
        var asked = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - Options.Time.GetUtcNow(),
            _ => Options.FirstDelay * Math.Pow(2, retry),
        };
        return asked < TimeSpan.Zero ? TimeSpan.Zero : asked;
    }
}
