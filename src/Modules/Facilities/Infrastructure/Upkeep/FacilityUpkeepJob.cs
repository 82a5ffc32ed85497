using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Facilities.Application;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.IntegrationEvents;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Upkeep;

/// <summary>
/// The daily run that keeps the map current (docs/adr/0060): reminds stewards a month before a
/// facility becomes stale (once per due date, through the module's outbox), marks facilities not
/// confirmed for too long stale, and hides them after the grace period. Built by Hangfire's activator for each run.
/// </summary>
internal sealed partial class FacilityUpkeepJob(
    IFacilityRepository facilities,
    IFacilitiesUnitOfWork unitOfWork,
    ConfirmationPolicy policy,
    IOutboxRelaySignal relay,
    TimeProvider clock,
    ILogger<FacilityUpkeepJob> logger)
{
    public const string RecurringJobId = "facilities-upkeep";

    /// <returns>How many reminders and status changes this run made.</returns>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Keep the BEN map current: remind stewards, mark stale, hide")]
    public async Task<(int Reminded, int Changed)> RunAsync(CancellationToken cancellationToken)
    {
        var (today, now) = (SchoolCalendar.Today(clock), clock.GetUtcNow());
        var (reminded, changed) = (0, 0);
        foreach (var facility in await facilities.ListOnMapAsync(cancellationToken))
        {
            if (facility.RemindIfDue(policy, today, now))
            {
                reminded++;
                unitOfWork.Publish(new FacilityConfirmationDueIntegrationEvent(
                    facility.Id, facility.Name, facility.AreaId, facility.StewardSub, policy.StaleOn(facility.ConfirmedOn)));
            }

            if (facility.KeepCurrent(policy, today, now))
            {
                changed++;
            }
        }

        await unitOfWork.CommitAsync(cancellationToken);
        if (reminded > 0)
        {
            relay.OutboxWritten();
        }

        LogRun(today, reminded, changed);
        return (reminded, changed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "BEN map upkeep on {Today}: {Reminded} stewards reminded, {Changed} facilities stale or hidden")]
    private partial void LogRun(DateOnly today, int reminded, int changed);
}
