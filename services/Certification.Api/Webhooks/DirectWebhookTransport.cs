using System.Text;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// POSTs the JSON body to the subscription's url with the signature headers; redirects are not followed. The client's
/// connections go through <see cref="WebhookUrlGuard.ConnectAsync"/>.
/// </summary>
public sealed class DirectWebhookTransport(IHttpClientFactory clients, WebhookUrlGuard guard) : IWebhookTransport
{
    public const string ClientName = "webhooks";

    public string Name => "direct";

    public async Task<WebhookOutcome> SendAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        if (guard.SchemeRefusal(request.Url) is { } refused) return WebhookOutcome.Failed(refused.Message);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url)
        {
            Content = new StringContent(request.Body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return WebhookOutcome.FromStatus((int)response.StatusCode);
        }
        catch (HttpRequestException e)
        {
            return WebhookOutcome.Failed(e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookOutcome.Failed("The receiver did not answer within the timeout.");
        }
    }
}
