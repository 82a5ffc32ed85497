using GeenKindDeBuurtUit.Benchmarks.Storage;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>What the load phase needs from the seed, read from the seeded database (so a kept data set needs nothing else).</summary>
internal sealed class SeededData
{
    public List<Guid> AreaIds { get; } = [];

    public List<Guid> SchoolIds { get; } = [];

    /// <summary>The schools the page of cases reads: those without prepared cases, whose pages hold the seeded years.</summary>
    public List<Guid> PageSchoolIds { get; } = [];

    /// <summary>The cases the GET paths read (the prepared ones are left to the OT referrals).</summary>
    public List<Guid> CaseIds { get; } = [];

    /// <summary>Open level-5 cases of this school year with OPP and parents involved: each takes one OT referral.</summary>
    public List<Guid> OtReadyCases { get; } = [];

    /// <summary>Cases referred this school year, in areas with an agreement: each takes one withdrawal.</summary>
    public List<(Guid CaseId, Guid AreaId)> ReferredThisYear { get; } = [];

    public Dictionary<string, long> Counts { get; } = [];

    public static async Task<SeededData> ReadAsync(Store db)
    {
        var data = new SeededData();
        var (cases, referrals) = (db.Table("support_cases", "cases"), db.Table("support_cases", "case_referrals"));
        data.AreaIds.AddRange(await Database.GuidsAsync(db, $"select \"Id\" from {db.Table("neighbourhoods", "areas")} order by \"Name\""));
        data.SchoolIds.AddRange(await Database.GuidsAsync(db, $"select \"Id\" from {db.Table("neighbourhoods", "schools")} order by \"Name\""));
        data.PageSchoolIds.AddRange(await Database.GuidsAsync(db, $"""
            select s."Id" from {db.Table("neighbourhoods", "schools")} s
            where not exists (select 1 from {cases} c where c."SchoolId" = s."Id" and c."PupilRef" like '{CaseSeeder.PreparedPrefix}%')
            order by s."Name"
            """));
        data.CaseIds.AddRange(await Database.GuidsAsync(db, $"select \"Id\" from {cases} where \"PupilRef\" not like '{CaseSeeder.PreparedPrefix}%'"));
        data.OtReadyCases.AddRange(await Database.GuidsAsync(db, $"""
            select c."Id" from {cases} c
            where c."PupilRef" like '{CaseSeeder.PreparedPrefix}%' and c."Status" = 'Open' and c."Level" = 5
              and not exists (select 1 from {referrals} r where r."CaseId" = c."Id")
            order by c."PupilRef"
            """));
        data.ReferredThisYear.AddRange(await Database.PairsAsync(db, $"""
            select c."Id", p."AreaId" from {cases} c
            join {referrals} r on r."CaseId" = c."Id"
            join {db.Table("support_cases", "school_placements")} p on p."SchoolId" = c."SchoolId"
            where r."SchoolYearStart" = {SchoolYears.CurrentStart} and r."WithdrawnOn" is null
            order by c."PupilRef"
            """));
        foreach (var (name, schema, table) in CountedTables)
        {
            data.Counts[name] = await Database.ScalarAsync<long>(db, $"select count(*) from {db.Table(schema, table)}");
        }

        return data;
    }

    private static readonly (string Name, string Schema, string Table)[] CountedTables =
    [
        ("areas", "neighbourhoods", "areas"),
        ("boards", "neighbourhoods", "boards"),
        ("clusters", "neighbourhoods", "clusters"),
        ("schools", "neighbourhoods", "schools"),
        ("supportCases", "support_cases", "cases"),
        ("referralsThroughCommands", "support_cases", "case_referrals"),
        ("professionals", "expertise_pool", "professionals"),
        ("expertiseRequests", "expertise_pool", "requests"),
        ("monitoringReferrals", "monitoring", "referrals"),
        ("budgetReferrals", "collective_budget", "referrals"),
    ];
}
