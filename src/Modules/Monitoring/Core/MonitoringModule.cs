using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Api;
using GeenKindDeBuurtUit.Monitoring.Application;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddModuleConventions(typeof(MonitoringModule).Assembly);
        services.AddOptions<MonitoringOptions>().Bind(configuration.GetSection(MonitoringOptions.Section))
            .Validate(o => o.SuppressionThreshold >= 0, "Monitoring:SuppressionThreshold is 0 (no suppression) or more.")
            .ValidateOnStart();
        services.AddScoped<MonitoringAccess>();
        services.AddSingleton<UnitTreeCache>();
        services.AddSingleton<ReferralTableCache>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => MonitoringEndpoints.Map(api);
}
