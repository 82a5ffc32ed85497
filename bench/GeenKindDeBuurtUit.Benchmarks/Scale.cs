using GeenKindDeBuurtUit.Benchmarks.Load;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>
/// How much data a run builds. Counts include the pilot's 2 areas, 5 clusters, 17 schools
/// and 3 boards. The last <c>CommandYears</c> school years go the whole route through the
/// application's commands (cases, and for referrals parents, OPP, level 5, an OT); the <c>Years</c>
/// before them, if any, exist as <c>ReferralsPerYear</c> PupilReferred events to the modules that keep
/// history (Monitoring and Collective Budget). The city builds all ten years through commands, in
/// several seeding steps over a kept data set (docs/adr/0023, which replaces the two command years of
/// docs/adr/0018); the smoke scale keeps a history year so that path stays tested.
/// <c>MonitoringReferralsPerYear</c> go to the Monitoring module only, over all <c>Years</c>: the
/// country's "other modules may be thinner".
/// </summary>
internal sealed record Scale(
    string Name,
    int Areas,
    int Clusters,
    int Schools,
    int Boards,
    int Years,
    int CommandYears,
    int CasesPerYear,
    int ReferralsPerYear,
    int Professionals,
    int ExpertiseRequests,
    int MonitoringReferralsPerYear,
    int Withdrawals,
    int OtReferralsPerHostCount,
    TimeSpan LoadDuration,
    IReadOnlyList<int> RecalculationSizes,
    LoadSettings Wrk)
{
    /// <summary>The raw storage ceilings' concurrency: the paths' own, wrk's 32 connections.</summary>
    public const int Connections = 32;

    /// <summary>
    /// Prepared cases one host count's OT referrals spend where their rate is measured: the warm-up spends at most half,
    /// and the other half lasts the 15 s measured window at the write goal's 1,000/s (docs/adr/0086).
    /// </summary>
    private const int MeasuredOtReferrals = 30_000;

    /// <summary>Every path at 32 connections over 2 wrk threads (docs/adr/0064); the warm-up in rounds of <c>Round</c> up to <c>WarmupCap</c>.</summary>
    private static LoadSettings WrkSettings(double roundSeconds, double capSeconds, double measuredSeconds) =>
        new(Connections, 2, TimeSpan.FromSeconds(roundSeconds), TimeSpan.FromSeconds(capSeconds), TimeSpan.FromSeconds(measuredSeconds));

    public static Scale Smoke { get; } = new(
        "smoke", Areas: 3, Clusters: 8, Schools: 24, Boards: 4, Years: 3, CommandYears: 1, CasesPerYear: 40, ReferralsPerYear: 15,
        Professionals: 5, ExpertiseRequests: 20, MonitoringReferralsPerYear: 0, Withdrawals: 10, OtReferralsPerHostCount: 90,
        LoadDuration: TimeSpan.FromSeconds(0.5), RecalculationSizes: [100, 300],
        // The OT referrals' 90 prepared cases prove the path answers; they run out long before a rate could be measured.
        // CI: under 3 minutes of load for the seven (warm-up in 2 s rounds, at most 14 s, 5 s measured), thousands of
        // requests a path on a machine that is not overloaded.
        Wrk: WrkSettings(2, 14, 5));

    public static Scale City { get; } = new(
        "city", Areas: 8, Clusters: 60, Schools: 216, Boards: 15, Years: 10, CommandYears: 10, CasesPerYear: 9_000, ReferralsPerYear: 1_500,
        Professionals: 200, ExpertiseRequests: 20_000, MonitoringReferralsPerYear: 0, Withdrawals: 200, OtReferralsPerHostCount: MeasuredOtReferrals,
        LoadDuration: TimeSpan.FromSeconds(3), RecalculationSizes: [100, 1_000, 10_000, 100_000],
        Wrk: WrkSettings(3, 45, 15));

    /// <summary>The Netherlands for monitoring reads: about 75 partnerships (areas), 6,000 schools, 30,000 referrals a year.</summary>
    public static Scale Country { get; } = new(
        "country", Areas: 75, Clusters: 1_600, Schools: 6_000, Boards: 300, Years: 10, CommandYears: 1, CasesPerYear: 1_500, ReferralsPerYear: 300,
        Professionals: 50, ExpertiseRequests: 1_000, MonitoringReferralsPerYear: 30_000, Withdrawals: 200, OtReferralsPerHostCount: MeasuredOtReferrals,
        LoadDuration: TimeSpan.FromSeconds(3), RecalculationSizes: [100, 1_000, 10_000, 100_000],
        Wrk: WrkSettings(3, 45, 15));

    /// <summary>
    /// The same structure with a share of the yearly volumes (cases, referrals, expertise requests,
    /// monitoring referrals), for a machine too busy to build the whole set in time. Reported with the result.
    /// The prepared OT cases are not data the platform holds but what the load spends, so they are not shared out.
    /// </summary>
    public Scale WithVolume(double volume) => volume == 1 ? this : this with
    {
        CasesPerYear = Share(CasesPerYear, volume),
        ReferralsPerYear = Share(ReferralsPerYear, volume),
        ExpertiseRequests = Share(ExpertiseRequests, volume),
        MonitoringReferralsPerYear = Share(MonitoringReferralsPerYear, volume),
    };

    private static int Share(int count, double volume) => count == 0 ? 0 : Math.Max(1, (int)Math.Round(count * volume));

    public static Scale Parse(string name) => name switch
    {
        "smoke" => Smoke,
        "city" => City,
        "country" => Country,
        _ => throw new ArgumentException($"Unknown scale '{name}': use smoke, city or country."),
    };
}
