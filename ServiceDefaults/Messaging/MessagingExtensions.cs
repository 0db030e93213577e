using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ShortVideo.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ from the connection string <c>messaging</c>, or the in-memory
    /// transport when none is configured so that a service runs alone. Queues are named
    /// <c>&lt;service&gt;-&lt;consumer&gt;</c>, so two services consuming one event each get every copy,
    /// while replicas of one service compete for it.
    /// </summary>
    public static TBuilder AddShortVideoMessaging<TBuilder>(
        this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? consumers = null)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            // MassTransit reports usage to its vendor over the internet by default; an operator's system sends nothing out.
            bus.DisableUsageTelemetry();
            consumers?.Invoke(bus);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                bus.UsingInMemory((context, cfg) => ConfigureEndpoints(context, cfg));
            }
            else
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    ConfigureHost(cfg, new Uri(connectionString));
                    ConfigureEndpoints(context, cfg);
                });
            }
        });
        builder.Services.AddHostedService<OutboxDispatcher>();
        return builder;
    }

    /// <summary>Points a RabbitMQ bus at the broker of an <c>amqp://user:password@host:port/vhost</c> connection string, with publisher confirms.</summary>
    public static void ConfigureHost(IRabbitMqBusFactoryConfigurator cfg, Uri uri)
    {
        var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        var virtualHost = uri.AbsolutePath is "" or "/" ? "/" : Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        cfg.Host(uri.Host, (ushort)(uri.IsDefaultPort ? 5672 : uri.Port), virtualHost, host =>
        {
            host.Username(credentials.ElementAtOrDefault(0) is { Length: > 0 } user ? user : "guest");
            host.Password(credentials.ElementAtOrDefault(1) ?? "guest");
            host.PublisherConfirmation = true;
        });
    }

    private static void ConfigureEndpoints<TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        cfg.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
        cfg.UseConsumeFilter(typeof(InboxFilter<>), context);
        cfg.ConfigureEndpoints(context);
    }
}
