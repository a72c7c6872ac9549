using System.Diagnostics;
using CarbonPlatform.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.ServiceDefaults.Tests.Hosting;

/// <summary>SIGTERM (the host stopping) lets a request in flight finish within Host:ShutdownTimeout.</summary>
public sealed class GracefulStopTests
{
    private static readonly TimeSpan ImportLongerThanAnyStop = TimeSpan.FromSeconds(30);

    private static async Task<(WebApplication App, Uri Address, TaskCompletionSource Started)> StartAsync(string? shutdownTimeout, TimeSpan importTakes)
    {
        var builder = WebApplication.CreateBuilder();
        if (shutdownTimeout is not null) builder.Configuration["Host:ShutdownTimeout"] = shutdownTimeout;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddGracefulStop();
        var app = builder.Build();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.MapGet("/import", async () =>
        {
            started.TrySetResult();
            await Task.Delay(importTakes); // not the request's token: an import that finishes its work
            return "imported";
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address), started);
    }

    [Fact]
    public async Task A_request_in_flight_when_the_host_stops_completes()
    {
        var (app, address, started) = await StartAsync(null, TimeSpan.FromSeconds(2));
        using var client = new HttpClient { BaseAddress = address };

        var request = client.GetStringAsync("/import");
        await started.Task;
        var stopping = Stopwatch.StartNew();
        await app.StopAsync();
        stopping.Stop();

        Assert.Equal("imported", await request);
        Assert.True(stopping.Elapsed >= TimeSpan.FromSeconds(1), $"the host waited for the request ({stopping.Elapsed})");
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_wait_is_bounded_by_the_configured_shutdown_timeout()
    {
        var (app, address, started) = await StartAsync("00:00:00.200", ImportLongerThanAnyStop);
        using var client = new HttpClient { BaseAddress = address };
        Assert.Equal(TimeSpan.FromMilliseconds(200), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);

        var request = client.GetStringAsync("/import");
        await started.Task;
        var stopping = Stopwatch.StartNew();
        await app.StopAsync();
        stopping.Stop();

        // Kestrel grants aborted connections up to a second more, and CI is loaded: the bound is far from the import's 30 s
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {stopping.Elapsed}, not when the request ended");
        await Assert.ThrowsAnyAsync<Exception>(() => request);
        await app.DisposeAsync();
    }
}
