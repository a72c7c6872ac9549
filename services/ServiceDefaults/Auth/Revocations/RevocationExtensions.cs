using CarbonPlatform.ServiceDefaults.ServiceTokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.ServiceDefaults.Auth.Revocations;

public static class RevocationExtensions
{
    /// <summary>
    /// Tokens that the identity service has revoked since they were issued are refused (401) within a poll of the
    /// revocation list. It is read from <c>Services:Identity:Http</c> with this service's own token; without either
    /// (service tests) nothing is read and a warning says so.
    /// </summary>
    public static IHostApplicationBuilder AddAccessRevocations(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RevocationList>();
        builder.Services.AddOptions<RevocationOptions>().BindConfiguration("Auth:Revocations");
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.Events ??= new JwtBearerEvents();
            var validated = o.Events.OnTokenValidated;
            o.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                var list = context.HttpContext.RequestServices.GetRequiredService<RevocationList>();
                if (context.Principal is { } token && list.Current.ReasonToRefuse(token) is { } reason) context.Fail($"The token is revoked: {reason}.");
            };
        });

        var identity = builder.Configuration["Services:Identity:Http"];
        if (string.IsNullOrEmpty(identity) || !ServiceClientSettings.From(builder.Configuration).IsConfigured)
        {
            builder.Services.AddHostedService<UnreadRevocationsWarning>();
            return builder;
        }
        builder.Services.AddHttpClient(RevocationPoller.HttpClientName, c =>
        {
            c.BaseAddress = new Uri(identity.TrimEnd('/') + "/");
            c.Timeout = TimeSpan.FromSeconds(10);
        }).AddServiceToken("identity");
        builder.Services.AddHostedService<RevocationPoller>();
        return builder;
    }

    private sealed class UnreadRevocationsWarning(ILogger<RevocationPoller> logger) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            logger.LogWarning("Services:Identity:Http or this service's client is not configured: revoked tokens are accepted until they expire.");
            return Task.CompletedTask;
        }
    }
}
