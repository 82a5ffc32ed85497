namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;

/// <summary>The <c>Retention</c> section: how long closed cases are kept and how the daily run is paced.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Years a closed case is kept after closure (domain rule 7: 2).</summary>
    public int ClosedCaseYears { get; set; } = 2;

    /// <summary>Years a closed case is kept when the pupil was referred to special education (domain rule 7: 3).</summary>
    public int ReferredCaseYears { get; set; } = 3;

    /// <summary>At most this many cases per run, so one run stays short; the next run takes the rest.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Cron of the daily run, in Amsterdam time (default 03:15, after the budget's nightly run).</summary>
    public string DailyCron { get; set; } = "15 3 * * *";
}
