using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Secrets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

public static class IdempotencyRegistration
{
    /// <summary>The key store on the platform's database, migrated and health-checked with the modules' contexts.</summary>
    public static IServiceCollection AddIdempotencyKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.Section))
            .Validate(o => o.Retention > TimeSpan.Zero, "Idempotency:Retention must be positive.")
            .Validate(o => o.InFlightLease > TimeSpan.Zero && o.InFlightLease < o.Retention, "Idempotency:InFlightLease must be positive and shorter than the retention.")
            .ValidateOnStart();
        services.AddFaultPoint(IdempotencyFaultPoints.AnswerUnstored);
        services.AddDbContext<IdempotencyDbContext>(
            (provider, options) => provider.GetRequiredService<IDatabaseProviderSetup>().Configure(options, IdempotencyDbContext.SchemaName),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(new ModuleDatabase(IdempotencyDbContext.Name, IdempotencyDbContext.SchemaName, typeof(IdempotencyDbContext)));
        services.AddScoped<IdempotencyStore>();
        services.AddHostSecret(IdempotencyFingerprint.Secret);
        services.AddSingleton<IdempotencyFingerprint>();

        // One per request: the middleware raises it, the request's module contexts meet it.
        services.AddScoped<IdempotencyFence>();
        services.AddScoped<ICommitFence>(provider => provider.GetRequiredService<IdempotencyFence>());
        services.AddScoped<IdempotencyCleanupJob>();
        services.AddScoped<IModuleStartupTask, IdempotencyCleanupSchedule>();
        return services;
    }

    /// <summary>Place after UseAuthorization: keys belong to the token's <c>sub</c>.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app, PathString scope) =>
        app.UseMiddleware<IdempotencyMiddleware>(scope);
}
