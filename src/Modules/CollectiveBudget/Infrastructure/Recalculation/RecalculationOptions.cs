
namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

public sealed class RecalculationOptions
{
    public const string Section = "CollectiveBudget:Recalculation";

    /// <summary>Cron of the nightly run over every open school year and area, in Amsterdam time (default 02:30).</summary>
    public string NightlyCron { get; set; } = "30 2 * * *";

    /// <summary>
    /// Cron of the frequent run over the pending rows (default every minute): it takes over a row whose
    /// claim ran out because the process working on it died, which no signal would otherwise revisit
    /// before the night (docs/adr/0017).
    /// </summary>
    public string PendingCron { get; set; } = "* * * * *";

    /// <summary>How long a run holds a pending row it works on; after a crash another run takes it over then.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
