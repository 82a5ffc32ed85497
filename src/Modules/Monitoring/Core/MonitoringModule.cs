using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Monitoring;

/// <summary>Hard and soft monitoring for analysts: aggregates only, against the 10/30/60% targets.</summary>
public sealed class MonitoringModule : IModule
{
    public string Name => "Monitoring";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MonitoringDbContext>(Name, MonitoringDbContext.SchemaName);
        services.AddModuleConventions(typeof(MonitoringModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
