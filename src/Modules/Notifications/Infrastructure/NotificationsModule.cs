using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Application;
using GeenKindDeBuurtUit.Notifications.Application.Access;
using GeenKindDeBuurtUit.Notifications.Application.Feed;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Api;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Feed;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Receivers;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Secrets;
using GeenKindDeBuurtUit.Platform.Secrets;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Notifications;

/// <summary>
/// Change notifications: school systems, the SWV and treasurers subscribe a URL to types of change
/// and hear of them, signed, without polling; built on the other modules' integration events.
/// </summary>
public sealed class NotificationsModule : IModule
{
    public string Name => "Notifications";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>(Name, NotificationsDbContext.SchemaName);
        services.AddScoped<INotificationsUnitOfWork>(provider => provider.GetRequiredService<NotificationsDbContext>());
        services.AddModuleConventions(typeof(NotificationsModule).Assembly, typeof(INotificationsUnitOfWork).Assembly);
        services.AddOptions<NotificationsOptions>().Bind(configuration.GetSection(NotificationsOptions.Section));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<NotificationsOptions>>().Value);
        services.AddHostSecret(SecretKey.Value);
        services.AddSingleton<ISecretProtector>(provider => new AesGcmSecretProtector(provider.GetRequiredService<HostSecrets>().KeyOf(SecretKey.Value)));
        services.AddSingleton<IReceiverUrlPolicy>(provider => provider.GetRequiredService<ReceiverUrlPolicy>());
        services.AddScoped<SubscriberAccess>();
        services.AddScoped<INotificationFeed, NotificationFeed>();
        services.AddSingleton<ReceiverUrlPolicy>();
        services.AddSingleton<ReceiverConnection>();
        services.AddHttpClient(NotificationDeliverer.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<ReceiverConnection>().Handler());
        services.AddSingleton<NotificationDeliverer>();
        services.AddHostedService<NotificationDeliveryWorker>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SubscriptionEndpoints.Map(api);
        NotificationFeedEndpoints.Map(api);
    }
}
