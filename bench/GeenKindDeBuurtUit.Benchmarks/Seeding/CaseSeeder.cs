using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Support cases over the scale's school years through the Support Cases endpoints: most stay at
/// level 1-3; the referred ones go the whole route the rules demand (parents involved, OPP, level 5,
/// an OT with the SWV that decides to refer).
/// </summary>
internal sealed class CaseSeeder(InProcessPlatform platform, Scale scale, SeededData data)
{
    private static readonly string[] Needs = ["language", "tos", "behaviour", "learning", "early-childhood", "newcomer", "other"];
    private static readonly (string Type, string? Category)[] Referrals = [("sbo", null), ("sbo", null), ("so", "low"), ("so", "medium"), ("so", "high")];

    public async Task RunAsync()
    {
        var current = SchoolYears.CurrentStart;
        var specs = new List<(int Year, int Index, Kind Kind)>();
        for (var year = current - scale.CommandYears + 1; year <= current; year++)
        {
            // This year holds at least as many referrals as the propagation run withdraws.
            var referred = year == current ? Math.Max(scale.ReferralsPerYear, scale.Withdrawals) : scale.ReferralsPerYear;
            for (var i = 0; i < Math.Max(scale.CasesPerYear, referred); i++)
            {
                specs.Add((year, i, i < referred ? Kind.Referred : Kind.Open));
            }
        }

        specs.AddRange(Enumerable.Range(0, scale.OtReferralPool).Select(i => (current, 1_000_000 + i, Kind.OtReady)));
        await Parallel.ForEachAsync(specs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (spec, _) => await SeedAsync(spec.Year, spec.Index, spec.Kind));
        data.Counts["supportCases"] = data.CaseIds.Count + data.OtReadyCases.Count;
        data.Counts["referralsThroughCommands"] = specs.Count(s => s.Kind == Kind.Referred);
    }

    private async Task SeedAsync(int year, int index, Kind kind)
    {
        var random = new Random(HashCode.Combine(year, index));
        var client = platform.Client(Roles.Swv);
        var school = data.SchoolIds[random.Next(data.SchoolIds.Count)];
        var openedOn = SchoolYears.RandomDay(year, kind == Kind.Open ? 0 : 6, random);
        var created = await client.PostAsync("/api/v1/support-cases", new
        {
            schoolId = school,
            pupilRef = $"bench-{year}-{index}-{random.Next():x}",
            needs = new[] { Needs[random.Next(Needs.Length)] },
            level = 1 + random.Next(3),
            openedOn,
        });
        var id = created["id"]!.GetValue<Guid>();
        if (kind == Kind.Open)
        {
            Add(data.CaseIds, id);
            return;
        }

        var path = $"/api/v1/support-cases/{id}";
        await client.PostAsync(path + "/involvements", new { party = "parents", on = openedOn.AddDays(1) }, HttpStatusCode.OK);
        await client.PostAsync(path + "/opp", new { establishedOn = openedOn.AddDays(2) }, HttpStatusCode.OK);
        await client.PostAsync(path + "/level", new { level = 5, reason = "needs an OT", on = openedOn.AddDays(3) }, HttpStatusCode.OK);
        if (kind == Kind.OtReady)
        {
            Add(data.OtReadyCases, id);
            return;
        }

        var (type, category) = Referrals[random.Next(Referrals.Length)];
        await client.PostAsync(path + "/ot-meetings", new
        {
            heldOn = openedOn.AddDays(5),
            participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
            decision = "refer",
            referral = new { type, category },
        });
        Add(data.CaseIds, id);
        if (year == SchoolYears.CurrentStart)
        {
            lock (data.ReferredThisYear)
            {
                data.ReferredThisYear.Add((id, data.AreaOfSchool[school]));
            }
        }
    }

    private static void Add(List<Guid> list, Guid id)
    {
        lock (list)
        {
            list.Add(id);
        }
    }

    private enum Kind
    {
        Open,
        Referred,
        OtReady,
    }
}
