using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.Platform.ReadCaches;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal static class CollectiveBudgetDbContextRegistration
{
    /// <summary>
    /// The module's context with the interceptor that signals the recalculation job after a commit,
    /// and its commits counted for the kept budget summaries. Both are part of the pooled options:
    /// a pooled context may not change its options as it starts.
    /// </summary>
    public static IServiceCollection AddCollectiveBudgetDbContext(this IServiceCollection services) =>
        services.AddModuleDbContext<CollectiveBudgetDbContext>(
            "CollectiveBudget", CollectiveBudgetDbContext.SchemaName, (options, provider) => options.AddInterceptors(RecalculationCommitInterceptor.Instance)
                .CountChanges(provider, CollectiveBudgetDbContext.SchemaName));
}
