using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using CarbonPlatform.ServiceDefaults.Telemetry;

namespace CarbonPlatform.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// The outbox's half in the database (<c>AddServiceDatabase</c> picks up its interceptor): a committed save that
    /// stored events wakes the relay. <c>AddMessaging</c> calls it; a host that runs a relay on its own calls it too.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<OutboxSignal>();
        // Scoped like the DbContext options it joins: it follows one context's save and commit.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<IInterceptor, OutboxSaveChangesInterceptor>());
        return builder;
    }

    /// <summary>
    /// MassTransit over RabbitMQ (<c>Messaging:RabbitMq</c>, an amqp:// URL), the outbox relay of <typeparamref name="TDb"/>,
    /// retries with exponential backoff, then the message goes to the endpoint's <c>_error</c> queue (never acknowledged away).
    /// <c>Messaging:Transport=InMemory</c> is for service tests only.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDb>(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator>? consumers = null) where TDb : DbContext
    {
        var configuration = builder.Configuration;
        builder.AddOutbox();
        builder.Services.AddHostedService<OutboxDispatcher<TDb>>();
        builder.Services.AddPlatformMetrics<MessagingMetrics>();
        builder.Services.AddPlatformMetrics<OutboxMetrics<TDb>>();
        builder.Services.AddReceiveObserver<DeadLetterObserver>();
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = false; // readiness reports the broker; start-up does not hang on it
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });
        builder.Services.AddMassTransit(x =>
        {
            // MassTransit 8.4+ reports usage to its vendor over the internet by default: the platform sends nothing out.
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            consumers?.Invoke(x);
            if (configuration["Messaging:Transport"] == "InMemory")
            {
                x.UsingInMemory((context, cfg) => ConfigureBus(cfg, context));
                return;
            }
            var url = configuration["Messaging:RabbitMq"] ?? "amqp://guest:guest@127.0.0.1:5672/";
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(url));
                ConfigureBus(cfg, context);
            });
        });
        return builder;
    }

    private static void ConfigureBus<TEndpoint>(IBusFactoryConfigurator<TEndpoint> cfg, IBusRegistrationContext context)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        cfg.UseMessageRetry(r => r.Exponential(6, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(500)));
        cfg.ConfigureEndpoints(context);
    }
}
