namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>How long answers to <c>Idempotency-Key</c> requests are kept, and how long a running one holds its key (docs/adr/0016).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>A key and its answer are kept this long after the first request; the draft asks for at least a day.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A request still running holds its key this long. A key left behind by a crashed process
    /// is free again after it, so a retry is never refused forever.
    /// </summary>
    public TimeSpan InFlightLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Cron of the Hangfire job that removes expired keys.</summary>
    public string CleanupCron { get; set; } = "17 * * * *";
}
