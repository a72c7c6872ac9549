using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CarbonPlatform.Identity.Server;

/// <summary>
/// The discovery document names its endpoints under the issuer (the gateway's public URL), not under the host the
/// request reached: behind the gateway that is the service's internal address, which browsers cannot reach.
/// </summary>
public static class DiscoveryEndpoints
{
    public static OpenIddictServerBuilder AdvertiseEndpointsUnderTheIssuer(this OpenIddictServerBuilder server) =>
        server.AddEventHandler<HandleConfigurationRequestContext>(handler => handler
            .UseInlineHandler(context =>
            {
                if (context.Options.Issuer is not { } issuer) return default;
                Uri? Rebase(Uri? endpoint) => endpoint is null ? null : new Uri(issuer, endpoint.PathAndQuery.TrimStart('/'));
                context.AuthorizationEndpoint = Rebase(context.AuthorizationEndpoint);
                context.TokenEndpoint = Rebase(context.TokenEndpoint);
                context.EndSessionEndpoint = Rebase(context.EndSessionEndpoint);
                context.UserInfoEndpoint = Rebase(context.UserInfoEndpoint);
                context.JsonWebKeySetEndpoint = Rebase(context.JsonWebKeySetEndpoint);
                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom));
}
