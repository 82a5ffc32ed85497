using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal static class CollectiveBudgetDbContextRegistration
{
    /// <summary>
    /// The module's context with the interceptor that signals the recalculation job after a commit.
    /// It is part of the pooled options: a pooled context may not change its options as it starts.
    /// </summary>
    public static IServiceCollection AddCollectiveBudgetDbContext(this IServiceCollection services) =>
        services.AddModuleDbContext<CollectiveBudgetDbContext>(
            "CollectiveBudget", CollectiveBudgetDbContext.SchemaName, options => options.AddInterceptors(RecalculationCommitInterceptor.Instance));
}
