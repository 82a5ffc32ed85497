using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Host.Jobs;
using GeenKindDeBuurtUit.Platform.Outbox;
using GeenKindDeBuurtUit.Platform.Secrets;
using Hangfire;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>What happens once before the host serves: its keys, migrations, seeding, and the relay's schedule.</summary>
internal static class PlatformStartup
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Before anything touches the database: a host without its keys does not start at all.
        HostSecretRegistration.RequireAll(services);
        var database = services.GetRequiredService<DatabaseSettings>();
        if (database.ApplyMigrationsAtStartup)
        {
            await services.GetRequiredService<ModuleDatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        using (var scope = services.CreateScope())
        {
            foreach (var task in scope.ServiceProvider.GetServices<IModuleStartupTask>())
            {
                await task.RunAsync(cancellationToken);
            }
        }

        var relay = services.GetRequiredService<IOptions<OutboxRelayOptions>>().Value;
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<OutboxRelayJob>(
            OutboxRelayJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), relay.PeriodicCron);

        // Whatever a previous run left in the outboxes goes out now, not at the next period.
        services.GetRequiredService<IOutboxRelaySignal>().OutboxWritten();
    }
}
