namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>What the load phase needs from the seed, read from the seeded database (so a kept data set needs nothing else).</summary>
internal sealed class SeededData
{
    public List<Guid> AreaIds { get; } = [];

    public List<Guid> SchoolIds { get; } = [];

    /// <summary>The cases the GET paths read (the prepared ones are left to the OT referrals).</summary>
    public List<Guid> CaseIds { get; } = [];

    /// <summary>Open level-5 cases of this school year with OPP and parents involved: each takes one OT referral.</summary>
    public List<Guid> OtReadyCases { get; } = [];

    /// <summary>Cases referred this school year, in areas with an agreement: each takes one withdrawal.</summary>
    public List<(Guid CaseId, Guid AreaId)> ReferredThisYear { get; } = [];

    public Dictionary<string, long> Counts { get; } = [];

    public static async Task<SeededData> ReadAsync(string databaseFile)
    {
        var db = $"Data Source={databaseFile}";
        var data = new SeededData();
        data.AreaIds.AddRange((await Database.ListAsync<string>(db, "select Id from neighbourhoods_areas order by Name")).Select(Guid.Parse));
        data.SchoolIds.AddRange((await Database.ListAsync<string>(db, "select Id from neighbourhoods_schools order by Name")).Select(Guid.Parse));
        data.CaseIds.AddRange((await Database.ListAsync<string>(db, $"select Id from support_cases_cases where PupilRef not like '{CaseSeeder.PreparedPrefix}%'")).Select(Guid.Parse));
        data.OtReadyCases.AddRange((await Database.ListAsync<string>(db, $"""
            select c.Id from support_cases_cases c
            where c.PupilRef like '{CaseSeeder.PreparedPrefix}%' and c.Status = 'Open' and c.Level = 5
              and not exists (select 1 from support_cases_case_referrals r where r.CaseId = c.Id)
            order by c.PupilRef
            """)).Select(Guid.Parse));
        data.ReferredThisYear.AddRange(await Database.PairsAsync(db, $"""
            select c.Id, p.AreaId from support_cases_cases c
            join support_cases_case_referrals r on r.CaseId = c.Id
            join support_cases_school_placements p on p.SchoolId = c.SchoolId
            where r.SchoolYearStart = {SchoolYears.CurrentStart} and r.WithdrawnOn is null
            order by c.PupilRef
            """));
        foreach (var (name, table) in CountedTables)
        {
            data.Counts[name] = await Database.ScalarAsync<long>(db, $"select count(*) from {table}");
        }

        return data;
    }

    private static readonly (string Name, string Table)[] CountedTables =
    [
        ("areas", "neighbourhoods_areas"),
        ("boards", "neighbourhoods_boards"),
        ("clusters", "neighbourhoods_clusters"),
        ("schools", "neighbourhoods_schools"),
        ("supportCases", "support_cases_cases"),
        ("referralsThroughCommands", "support_cases_case_referrals"),
        ("professionals", "expertise_pool_professionals"),
        ("expertiseRequests", "expertise_pool_requests"),
        ("monitoringReferrals", "monitoring_referrals"),
        ("budgetReferrals", "collective_budget_referrals"),
    ];
}
