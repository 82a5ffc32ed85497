using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>
/// Ready means: every module's database answers and has all of its migrations. The answer names
/// the engine and the version the server itself reports, so an operator sees which of the
/// providers a host really runs on (a setting that fell back to the default shows here).
/// </summary>
internal sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules, DatabaseSettings database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, object>();
        string? serverVersion = null;
        foreach (var module in modules)
        {
            using var scope = scopes.CreateScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                problems[module.Module] = "database unreachable";
                continue;
            }

            serverVersion ??= await ServerVersionAsync(db, cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                problems[module.Module] = $"{pending.Count} migration(s) not applied";
            }
        }

        var engine = $"{database.Provider} {serverVersion ?? "(no answer)"}";
        var data = new Dictionary<string, object>(problems) { ["provider"] = database.Provider.ToString(), ["serverVersion"] = serverVersion ?? string.Empty };
        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{modules.Count()} module database(s) on {engine} reachable and migrated", data)
            : HealthCheckResult.Unhealthy($"Module databases on {engine} not ready", data: data);
    }

    // The version the connected server states (SQLite: its library's), not the one the client was built for.
    private static async Task<string> ServerVersionAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return db.Database.GetDbConnection().ServerVersion;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
