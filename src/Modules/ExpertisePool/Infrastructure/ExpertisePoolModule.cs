using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.ExpertisePool.Application;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Application.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Api;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.ExpertisePool;

/// <summary>The flexible expertise pool: professionals, requests, matching, assignments and hours.</summary>
public sealed class ExpertisePoolModule : IModule
{
    public string Name => "ExpertisePool";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ExpertisePoolDbContext>(Name, ExpertisePoolDbContext.SchemaName);
        services.AddScoped<IExpertisePoolUnitOfWork>(provider => provider.GetRequiredService<ExpertisePoolDbContext>());
        services.AddModuleConventions(typeof(ExpertisePoolModule).Assembly, typeof(IExpertisePoolUnitOfWork).Assembly);
        services.AddScoped<ISchoolDirectory, SchoolDirectory>();
        services.AddScoped<ISupportCaseDirectory, SupportCaseDirectory>();
        services.AddScoped<IClosedSchoolYears, ClosedSchoolYears>();
        services.AddScoped<PoolAccess>();
        services.AddScoped<RequestView>();
        services.AddScoped<Candidates>();
        services.AddScoped<ExpertiseRequestChanges>();
        services.AddScoped<RequestPages>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ProfessionalEndpoints.Map(api);
        ExpertiseRequestEndpoints.Map(api);
    }
}
