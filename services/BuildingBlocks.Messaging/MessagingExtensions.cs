using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;
using CarbonPlatform.BuildingBlocks.Messaging.Retention;
using CarbonPlatform.ServiceDefaults.Health;
using CarbonPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
    /// quick retries with exponential backoff (<c>Messaging:QuickRetries</c>, default 6), then the message is kept as a dead
    /// letter in <typeparamref name="TDb"/> (whose model calls <c>AddDeadLetters</c>) and redelivered on the long schedule
    /// (<see cref="RedeliverySchedule"/>); only when it cannot be stored does it go to the endpoint's <c>_error</c> queue.
    /// <c>Messaging:Transport=InMemory</c> is for service tests only.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDb>(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator>? consumers = null) where TDb : DbContext
    {
        var configuration = builder.Configuration;
        builder.AddOutbox();
        builder.Services.AddHostedService<OutboxDispatcher<TDb>>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(MessageRetention.From(configuration, RedeliverySchedule.From(configuration)));
        builder.Services.AddHostedService<MessageRetentionWork<TDb>>();
        builder.Services.AddPlatformMetrics<MessagingMetrics>();
        builder.Services.AddPlatformMetrics<OutboxMetrics<TDb>>();
        var keepsDeadLetters = consumers is not null; // a service that consumes nothing has no DeadLetters table
        // Whoever keeps dead letters counts and logs them (DeadLetterRecorder); otherwise the observer counts the _error queue.
        if (keepsDeadLetters) builder.AddDeadLetters<TDb>();
        else builder.Services.AddReceiveObserver<DeadLetterObserver>();
        var quickRetries = RedeliverySchedule.From(configuration).QuickRetries;
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
                x.UsingInMemory((context, cfg) => ConfigureBus(cfg, context, quickRetries, keepsDeadLetters));
                return;
            }
            var url = configuration["Messaging:RabbitMq"] ?? "amqp://guest:guest@127.0.0.1:5672/";
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(url));
                ConfigureBus(cfg, context, quickRetries, keepsDeadLetters);
            });
        });
        return builder;
    }

    private static void AddDeadLetters<TDb>(this IHostApplicationBuilder builder) where TDb : DbContext
    {
        builder.Services.AddSingleton(RedeliverySchedule.From(builder.Configuration));
        builder.Services.AddSingleton(DeadLetterDatabase.Of<TDb>);
        builder.Services.AddSingleton<DeadLetterRecorder>();
        builder.Services.AddPlatformMetrics<DeadLetterMetrics>();
        builder.Services.AddHostedService<DeadLetterRedeliverer>();
        // Degraded, never Unhealthy: a dead letter (or a count that cannot be read) does not take a replica out of service.
        builder.Services.AddHealthChecks().AddCheck<DeadLetterHealthCheck>("dead-letters", HealthStatus.Degraded, [HealthExtensions.ReadyTag]);
    }

    private static void ConfigureBus<TEndpoint>(IBusFactoryConfigurator<TEndpoint> cfg, IBusRegistrationContext context, int quickRetries,
        bool keepsDeadLetters)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        // It runs inside the retry filter and acts on the last attempt only (see DeadLetterFilter).
        if (keepsDeadLetters) cfg.UseConsumeFilter(typeof(DeadLetterFilter<>), context);
        cfg.UseMessageRetry(r => r.Exponential(quickRetries, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(500)));
        cfg.ConfigureEndpoints(context);
    }
}
