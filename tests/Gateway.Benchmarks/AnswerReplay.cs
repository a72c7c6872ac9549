using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.Gateway.Benchmarks;

/// <summary>
/// The floor under a calculation's transport: Kestrel reads the request body whole and answers with accounting's own
/// answer, recorded beforehand, in 64 KiB writes — no reading of lines, no calculation, no JSON writing. What accounting
/// takes above this is its work; what this takes is moving the bytes on this machine.
/// </summary>
public sealed class AnswerReplay(WebApplication app) : IAsyncDisposable
{
    public string Url { get; } = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<AnswerReplay> StartAsync(byte[] full, byte[] none)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/api/v1/calculations", async (HttpContext http) =>
        {
            using var received = new MemoryStream();
            await http.Request.Body.CopyToAsync(received);
            var answer = http.Request.Query["lineage"] == "none" ? none : full;
            http.Response.ContentType = "application/json; charset=utf-8";
            for (var at = 0; at < answer.Length; at += 64 * 1024)
                await http.Response.BodyWriter.WriteAsync(answer.AsMemory(at, Math.Min(64 * 1024, answer.Length - at)));
        });
        await app.StartAsync();
        return new AnswerReplay(app);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
