using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.BuildingBlocks.AccessLog;

public static class AccessLogExtensions
{
    /// <summary>
    /// For a service that serves parks' data: its successful reads go to the park registry's access log, in batches over
    /// the bus (call after <c>AddMessaging</c>). <c>UseParkAccessLog</c>, right after <c>MapServiceDefaults</c>, then records the reads.
    /// </summary>
    public static IHostApplicationBuilder AddParkAccessLog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessLogOptions>().Bind(builder.Configuration.GetSection(AccessLogOptions.Section))
            .Validate(o => o.Capacity >= 1 && o.BatchSize >= 1 && o.BatchWindow > TimeSpan.Zero,
                "AccessLog: Capacity and BatchSize are at least 1, BatchWindow is positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ParkReadLog>();
        builder.Services.AddHostedService<ParkReadPublisher>();
        return builder;
    }

    public static void UseParkAccessLog(this WebApplication app)
    {
        if (app.Services.GetService<ParkReadLog>() is not null) app.UseMiddleware<ParkReadRecording>();
    }
}
