using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Support cases over the scale's command years through the Support Cases commands: most stay at
/// level 1-3; the referred ones go the whole route the rules demand (parents involved, OPP, level 5,
/// an OT with the SWV that decides to refer); the prepared ones stop before the OT, for the load's
/// OT referrals. Item <c>i</c> is always the same case (school, pupil reference, dates), so a step
/// killed halfway is repaired: the case is looked up and only its missing steps are taken.
/// </summary>
internal sealed class CaseSeeder(InProcessPlatform platform, Scale scale, int seed, IReadOnlyList<Guid> schools)
{
    /// <summary>Pupil references start with this, then the kind: the measuring run finds its prepared cases by it.</summary>
    public const string PreparedPrefix = "bench-p-";

    private static readonly Need[] Needs = [Need.Language, Need.Tos, Need.Behaviour, Need.Learning, Need.EarlyChildhood, Need.Newcomer, Need.Other];
    private static readonly ReferralChoice[] Referrals =
        [new(ReferralType.Sbo, null), new(ReferralType.Sbo, null), new(ReferralType.So, SoCategory.Low), new(ReferralType.So, SoCategory.Medium), new(ReferralType.So, SoCategory.High)];
    private static readonly OtRole[] Participants = [OtRole.Swv, OtRole.School, OtRole.Parents];

    private List<(int Year, int Index, Kind Kind)>? _items;

    public enum Kind
    {
        Open,
        Referred,
        Prepared,
    }

    public IReadOnlyList<(int Year, int Index, Kind Kind)> Items => _items ??= Plan();

    public async Task SeedAsync(int item, bool repair)
    {
        var (year, index, kind) = Items[item];
        var random = new Random(unchecked((seed * 31 + year) * 1_000_003 + index));
        var school = kind == Kind.Prepared ? PreparedSchool(random) : schools[random.Next(schools.Count)];
        var openedOn = SchoolYears.RandomDay(year, kind == Kind.Open ? 0 : 6, random);
        // Letters between the numbers: digits joined by hyphens could read as a BSN written in groups, which is refused.
        var pupilRef = $"bench-{Tag(kind)}-{year}y{index}n{random.Next():x}";
        var needs = new[] { Needs[random.Next(Needs.Length)] };
        var level = 1 + random.Next(3);
        var referral = Referrals[random.Next(Referrals.Length)];

        var found = repair ? await CaseIdAsync(school, pupilRef) : null;
        var supportCase = found is { } id
            ? await platform.QueryAsync(Roles.Swv, new GetSupportCase(id))
            : await platform.SendAsync(Roles.Swv, new OpenSupportCase(school, pupilRef, needs, level, openedOn));
        if (kind == Kind.Open)
        {
            return;
        }

        if (!supportCase.Involvements.Any(i => i.Party == "parents"))
        {
            supportCase = await platform.SendAsync(Roles.Swv, new RecordInvolvement(supportCase.Id, null, InvolvedParty.Parents, openedOn.AddDays(1)));
        }

        if (supportCase.OppEstablishedOn is null)
        {
            supportCase = await platform.SendAsync(Roles.Swv, new EstablishOpp(supportCase.Id, null, openedOn.AddDays(2)));
        }

        if (supportCase.Level < 5)
        {
            supportCase = await platform.SendAsync(Roles.Swv, new ChangeLevel(supportCase.Id, null, 5, "needs an OT", openedOn.AddDays(3)));
        }

        if (kind == Kind.Referred && supportCase.Referral is null)
        {
            await platform.SendAsync(Roles.Swv, new HoldOtMeeting(supportCase.Id, null, openedOn.AddDays(5), Participants, OtDecision.Refer, referral));
        }
    }

    /// <summary>
    /// One school in nine (every ninth by name, so spread over clusters and areas) holds the prepared cases: the
    /// OT referrals' tens of thousands would otherwise fill every school's page of cases, which the page path reads
    /// from the other schools.
    /// </summary>
    private Guid PreparedSchool(Random random)
    {
        var count = Math.Max(1, schools.Count / 9);
        return schools[Math.Min(schools.Count - 1, (random.Next(count) * 9) + 8)];
    }

    private List<(int, int, Kind)> Plan()
    {
        var current = SchoolYears.CurrentStart;
        var items = new List<(int, int, Kind)>();
        for (var year = current - scale.CommandYears + 1; year <= current; year++)
        {
            // This year holds at least as many referrals as the propagation run withdraws.
            var referred = year == current ? Math.Max(scale.ReferralsPerYear, scale.Withdrawals) : scale.ReferralsPerYear;
            for (var i = 0; i < Math.Max(scale.CasesPerYear, referred); i++)
            {
                items.Add((year, i, i < referred ? Kind.Referred : Kind.Open));
            }
        }

        // Each host count the paths are measured on spends its own share.
        var prepared = scale.OtReferralsPerHostCount * platform.Store.HostCounts.Count;
        items.AddRange(Enumerable.Range(0, prepared).Select(i => (current, i, Kind.Prepared)));
        return items;
    }

    private async Task<Guid?> CaseIdAsync(Guid school, string pupilRef)
    {
        var store = platform.Store;
        var ids = await Database.GuidsAsync(
            store,
            $"select \"Id\" from {store.Table("support_cases", "cases")} where \"SchoolId\" = @school and \"PupilRef\" = @pupilRef",
            ("@school", store.Key(school)),
            ("@pupilRef", pupilRef));
        return ids.Count == 0 ? null : ids[0];
    }

    private static string Tag(Kind kind) => kind switch
    {
        Kind.Open => "o",
        Kind.Referred => "r",
        _ => "p",
    };
}
