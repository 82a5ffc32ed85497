using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Platform.Outbox;
using Hangfire;

namespace GeenKindDeBuurtUit.Host.Jobs;

/// <summary>
/// The relay as a Hangfire job: enqueued right after a commit that wrote outbox rows and run
/// periodically. Hangfire's own retry is off because each message carries its own backoff.
/// </summary>
internal sealed class OutboxRelayJob(OutboxRelay relay, HangfireOutboxRelaySignal signal)
{
    public const string RecurringJobId = "outbox-relay";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Relay integration events")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        signal.RelayStarted();
        var failures = new List<OutboxDeliveryFailure>();
        var going = true;
        try
        {
            while (going)
            {
                failures.AddRange(await relay.RelayAsync(cancellationToken));
                going = signal.PassEnded();
            }
        }
        finally
        {
            if (going)
            {
                signal.RelayAborted();
            }
        }

        if (failures.Count > 0)
        {
            throw new OutboxDeliveryException(failures);
        }
    }
}
