using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Hangfire;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>Registers the cleanup as a recurring job at start-up, after the migrations.</summary>
internal sealed class IdempotencyCleanupSchedule(IRecurringJobManager jobs, IOptions<IdempotencyOptions> options) : IModuleStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<IdempotencyCleanupJob>(IdempotencyCleanupJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Value.CleanupCron);
        return Task.CompletedTask;
    }
}
