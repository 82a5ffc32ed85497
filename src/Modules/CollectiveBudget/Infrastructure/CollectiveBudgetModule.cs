using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Application;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.CollectiveBudget;

/// <summary>The pooled budget per school year and area: contributions, freed funds, allocations and spending.</summary>
public sealed class CollectiveBudgetModule : IModule
{
    public string Name => "CollectiveBudget";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CollectiveBudgetDbContext>(Name, CollectiveBudgetDbContext.SchemaName);
        services.AddScoped<ICollectiveBudgetUnitOfWork>(provider => provider.GetRequiredService<CollectiveBudgetDbContext>());
        services.AddModuleConventions(typeof(CollectiveBudgetModule).Assembly, typeof(ICollectiveBudgetUnitOfWork).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
