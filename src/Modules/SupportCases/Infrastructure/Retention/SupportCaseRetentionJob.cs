using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;

/// <summary>
/// The daily retention run (docs/adr/0015): erases closed cases whose retention period has
/// ended, oldest first and at most a batch per run, and leaves an audit record for each.
/// Not registered in the container: Hangfire's activator builds it for each run from the run's
/// scope, so the audit trail is resolved when the job runs and not when the host starts.
/// </summary>
internal sealed partial class SupportCaseRetentionJob(
    SupportCaseErasure erasure,
    IAuditTrail audit,
    IOutboxRelaySignal relay,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<SupportCaseRetentionJob> logger)
{
    public const string RecurringJobId = "support-cases-retention";

    public const string Actor = "system:retention";

    /// <returns>How many cases this run erased.</returns>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Erase closed support cases whose retention period ended")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = SchoolCalendar.Today(clock);
        var period = new RetentionPeriod(settings.ClosedCaseYears, settings.ReferredCaseYears);
        await erasure.ForgetDeliveredNoticesAsync(cancellationToken);

        var due = await erasure.DueAsync(period, today, settings.BatchSize, cancellationToken);
        var erased = 0;
        foreach (var caseId in due)
        {
            if (!await erasure.EraseAsync(caseId, cancellationToken))
            {
                continue;
            }

            erased++;

            // After the commit: a record only for an erasure that happened (docs/adr/0015 on the gap).
            await audit.RecordAsync(ErasureRecord(caseId), cancellationToken);
        }

        if (erased > 0)
        {
            relay.OutboxWritten();
        }

        LogRun(today, due.Count, erased);
        return erased;
    }

    /// <summary>Who, what and which case; never the pupil reference, and no client address for background work.</summary>
    internal static AuditEntry ErasureRecord(Guid caseId) =>
        new(Actor, [], "erase", "support-case", caseId.ToString(), AuditOutcome.Allowed, ClientAddress: null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention on {Today}: {Due} closed cases due, {Erased} erased")]
    private partial void LogRun(DateOnly today, int due, int erased);
}
