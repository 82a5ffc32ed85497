using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// What must hold once the platform has settled after any number of kills: the Support Cases module
/// is the source of the referrals, and monitoring, the budget's projection, the ledger and the
/// freed-funds formula must all agree with it exactly, with nothing a client was told is stored missing.
/// </summary>
internal static class KillInvariants
{
    /// <summary>Checks the figures against what every workload was told; several workloads share the area (one per host).</summary>
    public static async Task<string> AssertAsync(PlatformApi api, params IReadOnlyList<KillWorkload> workloads)
    {
        var workload = workloads[0];
        var cases = (await Task.WhenAll(workload.Schools.Select(s => api.CasesAtAsync(s.Id)))).SelectMany(c => c).ToDictionary(PlatformApi.IdOf);
        var referrals = cases.Values.Where(c => c["referral"] is JsonObject).Select(c => new
        {
            CaseId = PlatformApi.IdOf(c),
            SchoolId = c["schoolId"]!.GetValue<Guid>(),
            Year = c["referral"]!["schoolYear"]!.GetValue<string>(),
            Kind = new Referral(c["referral"]!["type"]!.GetValue<string>(), c["referral"]!["category"]?.GetValue<string>()).Kind,
            Withdrawn = c["referral"]!["withdrawnOn"] is not null,
        }).ToList();
        var standing = referrals.Where(r => !r.Withdrawn).ToList();

        // Nothing a client was told is stored is missing.
        foreach (var acknowledged in workloads.SelectMany(w => w.Referrals))
        {
            var stored = referrals.SingleOrDefault(r => r.CaseId == acknowledged.CaseId);
            Assert.True(stored is not null, $"acknowledged referral of case {acknowledged.CaseId} is lost");
            Assert.Equal((acknowledged.SchoolYear, acknowledged.Kind, acknowledged.WithdrawnOn is not null), (stored.Year, stored.Kind, stored.Withdrawn));
        }

        // Every referral counted once in monitoring, per school, this year and last.
        var years = new[] { KillWorkload.LastYear.ToString(), KillWorkload.ThisYear.ToString() };
        foreach (var year in years)
        {
            var monitored = await api.MonitoredReferralsAsync(year);
            foreach (var school in workload.Schools)
            {
                var expected = standing.Count(r => r.SchoolId == school.Id && r.Year == year);
                Assert.True(expected == monitored.GetValueOrDefault(school.Id), $"monitoring counts {monitored.GetValueOrDefault(school.Id)} referrals at school {school.Id} in {year}, the cases hold {expected}");
            }
        }

        // The budget's projection, the formula, and the ledger adding up to the summary.
        var thisYear = KillWorkload.ThisYear.ToString();
        var summary = await api.SummaryAsync(thisYear, KillWorkload.Area);
        var kinds = new[] { "sbo", "soLow", "soMedium", "soHigh" };
        var baseline = kinds.ToDictionary(k => k, k => standing.Count(r => r.Year == years[0] && r.Kind == k));
        var actual = kinds.ToDictionary(k => k, k => standing.Count(r => r.Year == years[1] && r.Kind == k));
        foreach (var kind in kinds)
        {
            Assert.True(baseline[kind] == summary["referrals"]!["baseline"]![kind]!.GetValue<int>(), $"baseline {kind}: {summary.ToJsonString()}");
            Assert.True(actual[kind] == summary["referrals"]!["actual"]![kind]!.GetValue<int>(), $"actual {kind}: {summary.ToJsonString()}");
        }

        var formula = Math.Round(
            Math.Max(0m, kinds.Sum(k => (baseline[k] - actual[k]) * KillWorkload.Rates.Of(k))) * KillWorkload.PoolShare, 2, MidpointRounding.AwayFromZero);
        var freedFunds = summary["freedFunds"]!.GetValue<decimal>();
        Assert.True(formula == freedFunds, $"freed funds {freedFunds}, the formula gives {formula}");

        var ledger = await api.LedgerAsync(thisYear, KillWorkload.Area);
        decimal Sum(params string[] of) => ledger.Where(e => of.Contains(e["kind"]!.GetValue<string>())).Sum(e => e["amount"]!.GetValue<decimal>());
        var contributions = summary["contributions"]!.GetValue<decimal>();
        Assert.Equal(Sum("board-funds", "swv-pooled"), contributions);
        Assert.Equal(Sum("freed-funds"), freedFunds);
        Assert.Equal(contributions + freedFunds, summary["pooled"]!.GetValue<decimal>());
        Assert.Equal(summary["pooled"]!.GetValue<decimal>() - summary["allocated"]!.GetValue<decimal>(), summary["available"]!.GetValue<decimal>());

        // Every acknowledged contribution once; nothing, acknowledged or cut off, twice.
        var byReference = ledger.Where(e => e["externalRef"] is not null && e["kind"]!.GetValue<string>() is "board-funds" or "swv-pooled").GroupBy(e => e["externalRef"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(byReference, g => Assert.True(g.Value.Count == 1, $"contribution {g.Key} booked {g.Value.Count} times"));
        foreach (var (reference, amount) in workloads.SelectMany(w => w.Contributions))
        {
            Assert.True(byReference.TryGetValue(reference, out var entries), $"acknowledged contribution {reference} is lost");
            Assert.Equal(amount, entries[0]["amount"]!.GetValue<decimal>());
        }

        // Monitoring's copy of the budget follows the last change.
        var budgetRow = (await api.Client.GetFromJsonAsync<JsonObject>($"/api/v1/monitoring/budget?schoolYear={thisYear}"))!["rows"]!.AsArray()
            .Single(r => r!["areaId"]!.GetValue<Guid>() == KillWorkload.Area)!;
        Assert.Equal((summary["pooled"]!.GetValue<decimal>(), freedFunds), (budgetRow["pooled"]!.GetValue<decimal>(), budgetRow["freedFunds"]!.GetValue<decimal>()));

        return $"{cases.Count} cases, {referrals.Count} referrals ({referrals.Count(r => r.Withdrawn)} withdrawn; acknowledged {workloads.Sum(w => w.Referrals.Count)}), "
            + $"{ledger.Count} ledger entries ({byReference.Count} contributions, acknowledged {workloads.Sum(w => w.Contributions.Count)}), "
            + $"freed funds {freedFunds} = formula, pooled {summary["pooled"]}";
    }
}
