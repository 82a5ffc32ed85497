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

            // A database that has them all is left alone: migrating anyway loads EF's model differ and
            // everything it needs, about 5 MB the host then keeps (docs/adr/0090). Another host migrating
            // now leaves some pending here, and this one then waits for it at the migration lock.
            if (pending.Count > 0)
            {
                await context.Database.MigrateAsync(cancellationToken);
            }

            LogMigrated(module.Module, pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Module}: {Count} migration(s) applied")]
    private partial void LogMigrated(string module, int count);
}
