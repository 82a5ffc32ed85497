namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Upkeep;

/// <summary>
/// The <c>BenMap</c> section (docs/adr/0060): how long a confirmation holds, in whole months, because
/// "every six months" is how the programme says it and a month is not a fixed number of days.
/// </summary>
public sealed class BenMapOptions
{
    public const string Section = "BenMap";

    /// <summary>Months a confirmation holds before the facility becomes stale (default 6).</summary>
    public int ConfirmEvery { get; set; } = 6;

    /// <summary>Months a stale facility stays on the map before it is hidden (default 2).</summary>
    public int GracePeriod { get; set; } = 2;

    /// <summary>Months before it becomes stale that the steward is reminded (default 1).</summary>
    public int ReminderBefore { get; set; } = 1;

    /// <summary>Cron of the daily run, in Amsterdam time (default 04:00, after retention).</summary>
    public string DailyCron { get; set; } = "0 4 * * *";
}
