using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>Ready means: every module's database answers and has all of its migrations.</summary>
internal sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, object>();
        foreach (var module in modules)
        {
            using var scope = scopes.CreateScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                problems[module.Module] = "database unreachable";
                continue;
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                problems[module.Module] = $"{pending.Count} migration(s) not applied";
            }
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{modules.Count()} module database(s) reachable and migrated")
            : HealthCheckResult.Unhealthy("Module databases not ready", data: problems);
    }
}
