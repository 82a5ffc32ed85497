using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Application;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Monitoring;

/// <summary>
/// Hard and soft monitoring for analysts: read models kept current from the other modules'
/// events, aggregates only, against the 10/30/60% targets, with small counts hidden from analysts.
/// </summary>
public sealed class MonitoringModule : IModule
{
    public string Name => "Monitoring";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MonitoringDbContext>(Name, MonitoringDbContext.SchemaName);
        services.AddScoped<IMonitoringUnitOfWork>(provider => provider.GetRequiredService<MonitoringDbContext>());
        services.AddModuleConventions(typeof(MonitoringModule).Assembly, typeof(IMonitoringUnitOfWork).Assembly);
        services.AddOptions<MonitoringOptions>().Bind(configuration.GetSection(MonitoringOptions.Section))
            .Validate(o => o.SuppressionThreshold >= 0, "Monitoring:SuppressionThreshold is 0 (no suppression) or more.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<MonitoringOptions>>().Value);
        services.AddScoped<MonitoringAccess>();
        services.AddSingleton<UnitTreeCache>();
        services.AddSingleton<ReferralTableCache>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => MonitoringEndpoints.Map(api);
}
