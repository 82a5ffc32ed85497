namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure;

public sealed class RecalculationOptions
{
    public const string Section = "CollectiveBudget:Recalculation";

    /// <summary>Cron of the nightly run over every open school year and area, in Amsterdam time (default 02:30).</summary>
    public string NightlyCron { get; set; } = "30 2 * * *";
}
