namespace CarbonPlatform.Certification.Webhooks;

/// <summary>Sends one signed webhook request; never throws for what the receiver or the network did.</summary>
public interface IWebhookTransport
{
    /// <summary>As logged with each attempt: <c>direct</c> or <c>dapr</c>.</summary>
    string Name { get; }

    Task<WebhookOutcome> SendAsync(WebhookRequest request, CancellationToken cancellationToken);
}

public sealed record WebhookRequest(Uri Url, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>What came back: accepted only on a 2xx; the status code when one was received, else the error.</summary>
public sealed record WebhookOutcome(bool Accepted, int? StatusCode, string? Error)
{
    public static WebhookOutcome FromStatus(int statusCode) =>
        new(statusCode is >= 200 and < 300, statusCode, statusCode is >= 200 and < 300 ? null : $"The receiver answered {statusCode}.");

    public static WebhookOutcome Failed(string error, int? statusCode = null) => new(false, statusCode, WebhookLimits.Truncate(error));
}
