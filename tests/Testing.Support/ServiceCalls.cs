using System.Net.Http.Headers;

namespace CarbonPlatform.Testing;

/// <summary>What a platform service's gRPC call carries: the identity service's service-client token for the target.</summary>
public static class ServiceCalls
{
    public static TokenClaims PlatformService(string targetService, string callingService = "test") => new()
    {
        Subject = $"service-{callingService}",
        OrganizationKind = "platform",
        Roles = ["platform-service"],
        Audiences = [$"carbon-{targetService}", "carbon-gateway"],
    };
}

/// <summary>Sends every request with this bearer token: a gRPC channel's handler in tests.</summary>
public sealed class BearerTokenHandler(string token, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
