using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.ReadCaches;
using GeenKindDeBuurtUit.CollectiveBudget.Application;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Expertise;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;
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
        services.AddCollectiveBudgetDbContext();
        services.AddScoped<ICollectiveBudgetUnitOfWork>(provider => provider.GetRequiredService<CollectiveBudgetDbContext>());
        services.AddModuleConventions(typeof(CollectiveBudgetModule).Assembly, typeof(ICollectiveBudgetUnitOfWork).Assembly);
        services.AddScoped<IBudgetSchoolMap, BudgetSchoolMap>();
        services.AddScoped<IReferralProjection, ReferralProjection>();
        services.AddScoped<RecalculationRequests>();
        services.AddScoped<IRecalculationRequests>(provider => provider.GetRequiredService<RecalculationRequests>());
        services.AddScoped<BudgetAccess>();
        services.AddScoped<BudgetScope>();
        services.AddReadCache<(SchoolYear, Guid), KeptBudgetSummary>(CollectiveBudgetDbContext.SchemaName);
        services.AddScoped<FreedFundsRecalculation>();
        services.AddScoped<IExpertiseHoursLedger, ExpertiseHoursLedger>();
        services.AddScoped<IAgreementHistory, AgreementHistory>();
        services.AddScoped(provider => new BudgetWorkbook(provider.GetRequiredService<Mediator.ISender>(), provider.GetRequiredService<CollectiveBudgetDbContext>()));

        services.Configure<RecalculationOptions>(configuration.GetSection(RecalculationOptions.Section));
        services.AddSingleton<RecalculationSignal>();
        services.AddScoped<PendingRecalculations>();
        services.AddScoped<FreedFundsRecalculationJob>();
        services.AddFaultPoint(CollectiveBudgetFaultPoints.BudgetRecalculated);
        services.AddScoped<IModuleStartupTask, RecalculationSchedule>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => BudgetEndpoints.Map(api);
}
