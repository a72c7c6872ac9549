using Microsoft.AspNetCore.HttpOverrides;

namespace CarbonPlatform.Identity.SignIn;

public static class ForwardedClientAddresses
{
    /// <summary>
    /// Sign-in is throttled by the caller's address, which only the gateway knows: its X-Forwarded-For is believed
    /// from loopback and from the networks in <c>Identity:GatewayNetworks</c> (CIDR, <c>;</c>-separated: the cluster's
    /// pod network), from nobody else, and only its last hop.
    /// </summary>
    public static IHostApplicationBuilder AddForwardedClientAddresses(this IHostApplicationBuilder builder)
    {
        var networks = (builder.Configuration["Identity:GatewayNetworks"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            o.ForwardLimit = 1;
            foreach (var network in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }
}
