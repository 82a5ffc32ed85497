using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>Applies every module's migrations, one module after the other.</summary>
internal sealed partial class ModuleDatabaseMigrator(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules, ILogger<ModuleDatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            using var scope = scopes.CreateScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(module.Module, pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Module}: {Count} migration(s) applied")]
    private partial void LogMigrated(string module, int count);
}
