using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.ServiceDefaults.Hosting;

public static class GracefulStop
{
    /// <summary>Shorter than the chart's terminationGracePeriodSeconds (30 s), so the host is done before Kubernetes kills it.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(25);

    /// <summary>
    /// On SIGTERM the host stops taking new connections and lets in-flight requests, and hosted services (consumers,
    /// the recomputer), finish for up to <c>Host:ShutdownTimeout</c> before it cancels them.
    /// </summary>
    public static IHostApplicationBuilder AddGracefulStop(this IHostApplicationBuilder builder)
    {
        var timeout = builder.Configuration.GetValue("Host:ShutdownTimeout", DefaultShutdownTimeout);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
        return builder;
    }
}
