using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.ExpertisePool.Application;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.ExpertisePool;

/// <summary>The flexible expertise pool: professionals, requests, assignments and hours.</summary>
public sealed class ExpertisePoolModule : IModule
{
    public string Name => "ExpertisePool";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ExpertisePoolDbContext>(Name, ExpertisePoolDbContext.SchemaName);
        services.AddScoped<IExpertisePoolUnitOfWork>(provider => provider.GetRequiredService<ExpertisePoolDbContext>());
        services.AddModuleConventions(typeof(ExpertisePoolModule).Assembly, typeof(IExpertisePoolUnitOfWork).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
