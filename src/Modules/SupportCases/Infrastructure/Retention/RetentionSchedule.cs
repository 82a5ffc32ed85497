using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Hangfire;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;

/// <summary>Registers the daily retention run at start-up, at an Amsterdam hour.</summary>
internal sealed class RetentionSchedule(IRecurringJobManager recurring, IOptions<RetentionOptions> options) : IModuleStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<SupportCaseRetentionJob>(
            SupportCaseRetentionJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.DailyCron,
            new RecurringJobOptions { TimeZone = SchoolCalendar.TimeZone });
        return Task.CompletedTask;
    }
}
