using Microsoft.Extensions.Options;

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

    /// <returns>What is wrong with the settings, naming the setting; null when the relay can run with them.</returns>
    public string? Problem() =>
        BatchSize < 1 ? "Outbox:BatchSize is a whole number of at least 1."
        : EventsPerTransaction < 1 ? "Outbox:EventsPerTransaction is a whole number of at least 1."
        : Lease <= TimeSpan.Zero ? "Outbox:Lease is a positive time span, e.g. 00:02:00."
        : null;

    /// <summary>Refuses to start with settings the relay could not run with, naming the setting.</summary>
    public sealed class Validation : IValidateOptions<OutboxRelayOptions>
    {
        public ValidateOptionsResult Validate(string? name, OutboxRelayOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
