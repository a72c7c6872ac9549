using Microsoft.AspNetCore.HttpOverrides;

namespace CarbonPlatform.Identity.SignIn;

public static class ForwardedClientAddresses
{
    /// <summary>
    /// Sign-in is throttled by the caller's address, which only the gateway knows: its X-Forwarded-For is believed
    /// from loopback and from the networks in <c>Identity:GatewayNetworks</c> (CIDR, <c>;</c>-separated: the cluster's
    /// pod network; by default the private ranges a cluster's pods live in), from nobody else, and only its last hop.
    /// Without it every sign-in in a cluster would come from the gateway's address and share one count.
    /// </summary>
    public static IHostApplicationBuilder AddForwardedClientAddresses(this IHostApplicationBuilder builder)
    {
        var networks = (builder.Configuration["Identity:GatewayNetworks"] ?? "10.0.0.0/8;172.16.0.0/12;192.168.0.0/16;fc00::/7")
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
