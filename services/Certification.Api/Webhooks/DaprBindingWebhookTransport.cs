using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dapr;
using Dapr.Client;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// Delivers through a Dapr HTTP output binding (<c>bindings.http</c>, operation <c>post</c>). The binding appends the
/// <c>path</c> metadata to its component's base <c>url</c>, and sends every metadata key that starts with a capital
/// letter as a request header: the signature headers travel that way, plus <c>X-Carbon-Target-Url</c>, the absolute
/// url, for an egress proxy at the component's base url to route on. The binding fails a non-2xx answer
/// (<c>errorIfNot2XX</c>, on by default), which makes it a retry here. The url is checked again before each delivery;
/// the connection itself is the egress proxy's, which must apply the same rule to the address it connects to.
/// </summary>
public sealed partial class DaprBindingWebhookTransport(DaprClient dapr, WebhookUrlGuard guard, IOptions<WebhookOptions> options) : IWebhookTransport
{
    public const string TargetUrlHeader = "X-Carbon-Target-Url";

    public string Name => "dapr";

    public async Task<WebhookOutcome> SendAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        if (await guard.RefusalAsync(request.Url, cancellationToken) is { } refused) return WebhookOutcome.Failed(refused.Message);
        var binding = new BindingRequest(options.Value.DaprBinding!, "post") { Data = Encoding.UTF8.GetBytes(request.Body) };
        binding.Metadata["path"] = request.Url.PathAndQuery;
        binding.Metadata[TargetUrlHeader] = request.Url.AbsoluteUri;
        binding.Metadata["Content-Type"] = "application/json";
        foreach (var (name, value) in request.Headers) binding.Metadata[name] = value;
        try
        {
            var response = await dapr.InvokeBindingAsync(binding, cancellationToken);
            return response.Metadata.TryGetValue("statusCode", out var code) && int.TryParse(code, CultureInfo.InvariantCulture, out var status)
                ? WebhookOutcome.FromStatus(status)
                : new WebhookOutcome(true, null, null);
        }
        catch (DaprException e) when (!cancellationToken.IsCancellationRequested)
        {
            var detail = e.InnerException is Grpc.Core.RpcException rpc ? rpc.Status.Detail : e.InnerException?.Message ?? e.Message;
            return WebhookOutcome.Failed(detail, ReceiverStatus(detail));
        }
    }

    /// <summary>The receiver's status as the binding reports it in its error ("received status code 503"), when it is there.</summary>
    private static int? ReceiverStatus(string detail) =>
        StatusInError().Match(detail) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"received status code (\d{3})")]
    private static partial Regex StatusInError();
}
