using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Hangfire;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Upkeep;

/// <summary>Registers the daily upkeep run at start-up, at an Amsterdam hour.</summary>
internal sealed class UpkeepSchedule(IRecurringJobManager recurring, IOptions<BenMapOptions> options) : IModuleStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<FacilityUpkeepJob>(
            FacilityUpkeepJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.DailyCron,
            new RecurringJobOptions { TimeZone = SchoolCalendar.TimeZone });
        return Task.CompletedTask;
    }
}
