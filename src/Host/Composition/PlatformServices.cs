using System.Text.Json.Serialization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Edge;
using GeenKindDeBuurtUit.Host.Jobs;
using GeenKindDeBuurtUit.Host.Memory;
using GeenKindDeBuurtUit.Host.OpenApi;
using GeenKindDeBuurtUit.Host.Pages;
using GeenKindDeBuurtUit.Platform.Idempotency;
using GeenKindDeBuurtUit.Platform.Outbox;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Composition;

internal static class PlatformServices
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database, AuthSettings auth)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddDatabaseProvider(database);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddOptions<OutboxRelayOptions>().Bind(configuration.GetSection(OutboxRelayOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxRelayOptions>, OutboxRelayOptions.Validation>();
        services.AddIntegrationEventTypes([.. ModuleCatalog.EventAssemblies]);

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
        });

        // Before the JSON problem details, which replace the problem writer the pages' MVC registers.
        services.AddPages(configuration, auth);
        services.AddJsonProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            // A field the contract does not know is an error, not silently ignored.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // "3" is not 3: a number the contract asks for is a JSON number (the web defaults would read it from a string).
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        services.AddBearerAuthentication(auth);
        services.AddPlatformEdge(configuration);
        services.AddTrustedProxies(configuration);
        services.AddIdempotencyKeys(configuration);
        services.AddApiDocumentation();
        services.AddJobs(database);
        services.AddNativeHeapTrimming(configuration);
        services.AddSingleton<ModuleDatabaseMigrator>();
        services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("databases", tags: ["ready"]);

        foreach (var module in ModuleCatalog.All)
        {
            module.AddServices(services, configuration);
        }

        return services;
    }
}
