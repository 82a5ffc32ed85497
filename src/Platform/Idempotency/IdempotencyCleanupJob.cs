using Hangfire;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>Removes keys past their retention; an expired key is already ignored, this keeps the table small.</summary>
public sealed partial class IdempotencyCleanupJob(IdempotencyStore store, ILogger<IdempotencyCleanupJob> logger)
{
    public const string RecurringJobId = "idempotency-keys-cleanup";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var removed = await store.RemoveExpiredAsync(cancellationToken);
        LogRemoved(removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} expired idempotency key(s)")]
    private partial void LogRemoved(int count);
}
