using System.Net.Http.Headers;

namespace CarbonPlatform.ServiceDefaults.ServiceTokens;

/// <summary>Puts this service's token for the target service on each outgoing call.</summary>
public sealed class ServiceTokenHandler(ServiceTokenSource tokens, string targetService) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Without a client the call goes out bare and the target refuses it: failing closed, as the start-up warning says.
        if (await tokens.GetAsync(targetService, cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
