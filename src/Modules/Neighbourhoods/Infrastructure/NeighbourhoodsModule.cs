using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Api;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Pilot;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Neighbourhoods;

/// <summary>Areas, boards, clusters and schools: the programme's structure, and the source of every module's school map.</summary>
public sealed class NeighbourhoodsModule : IModule
{
    public string Name => "Neighbourhoods";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NeighbourhoodsDbContext>(Name, NeighbourhoodsDbContext.SchemaName);
        services.AddScoped<INeighbourhoodsUnitOfWork>(provider => provider.GetRequiredService<NeighbourhoodsDbContext>());
        services.AddModuleConventions(typeof(NeighbourhoodsModule).Assembly, typeof(INeighbourhoodsUnitOfWork).Assembly);
        services.AddScoped<IModuleStartupTask, PilotSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => NeighbourhoodsEndpoints.Map(api);
}
