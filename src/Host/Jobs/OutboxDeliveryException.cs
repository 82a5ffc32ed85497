using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Platform.Outbox;

namespace GeenKindDeBuurtUit.Host.Jobs;

/// <summary>Thrown at the end of a relay run with failures, so the run shows as failed on the Hangfire dashboard.</summary>
internal sealed class OutboxDeliveryException(IReadOnlyList<OutboxDeliveryFailure> failures)
    : Exception($"{failures.Count} integration event(s) could not be delivered and will be retried: "
        + string.Join("; ", failures.Select(f => $"{f.Module} {f.Type} {f.EventId} attempt {f.Attempts}: {f.Error}")))
{
    public IReadOnlyList<OutboxDeliveryFailure> Failures { get; } = failures;
}
