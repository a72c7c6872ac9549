using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.Gateway.Benchmarks;

/// <summary>
/// The floor under the gateway: Kestrel and YARP's forwarder and nothing else (no authentication, limits, headers or
/// metrics), in the harness's own process. What the gateway costs above this is the gateway's middleware; what this
/// costs above a direct request is forwarding itself.
/// </summary>
public sealed class BareProxy(WebApplication app) : IAsyncDisposable
{
    public string Url { get; } = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<BareProxy> StartAsync(string destination)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHttpForwarder();
        var app = builder.Build();
        app.MapForwarder("/{**catch-all}", destination);
        await app.StartAsync();
        return new BareProxy(app);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
