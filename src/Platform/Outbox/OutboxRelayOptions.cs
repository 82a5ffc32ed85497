namespace GeenKindDeBuurtUit.Platform.Outbox;

public sealed class OutboxRelayOptions
{
    public const string Section = "Outbox";

    public int BatchSize { get; set; } = 100;

    /// <summary>At most this many events of a batch share a receiving module's transaction, which holds SQLite's writer turn while it runs.</summary>
    public int EventsPerTransaction { get; set; } = 16;

    /// <summary>How long a relay instance holds claimed messages; after a crash another instance takes them over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Cron of the periodic run that picks up what a crash or a failed handler left behind.</summary>
    public string PeriodicCron { get; set; } = "* * * * *";
}
