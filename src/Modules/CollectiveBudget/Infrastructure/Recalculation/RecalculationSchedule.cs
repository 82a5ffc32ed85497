using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Hangfire;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>
/// Registers the nightly recalculation, the safety net for anything a signal missed (a crash
/// between commit and enqueue), the frequent run over pending rows (a claim that ran out because
/// its process died), and starts one run for requests a previous process left pending.
/// </summary>
internal sealed class RecalculationSchedule(IRecurringJobManager recurring, RecalculationSignal signal, IOptions<RecalculationOptions> options)
    : IModuleStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<FreedFundsRecalculationJob>(
            FreedFundsRecalculationJob.NightlyJobId,
            job => job.RecalculateAllOpenAsync(CancellationToken.None),
            options.Value.NightlyCron,
            new RecurringJobOptions { TimeZone = Amsterdam() });
        recurring.AddOrUpdate<FreedFundsRecalculationJob>(
            FreedFundsRecalculationJob.PendingJobId,
            job => job.RunPendingAsync(CancellationToken.None),
            options.Value.PendingCron);
        signal.Requested();
        return Task.CompletedTask;
    }

    private static TimeZoneInfo Amsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tz data: the night run then starts an hour early or late, which does not matter.
            return TimeZoneInfo.Utc;
        }
    }
}
