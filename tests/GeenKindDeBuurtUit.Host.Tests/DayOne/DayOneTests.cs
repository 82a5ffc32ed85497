using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;
using GeenKindDeBuurtUit.Testing.Readme;

namespace GeenKindDeBuurtUit.Host.Tests.DayOne;

/// <summary>A platform of its own, as a new installation has it: only the README's steps write to it.</summary>
[CollectionDefinition(Name)]
public sealed class DayOneCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "day one";
}

/// <summary>
/// From a fresh installation, the README's import of the sample history and its support route (a
/// referral this school year) give every school, cluster and area a target measured against an
/// imported year, and each area's budget a baseline from that year.
/// </summary>
[Collection(DayOneCollection.Name)]
public sealed class DayOneTests(PlatformFactory platform)
{
    private const string ThisYear = "2026-2027";
    private const string LastYear = "2025-2026";

    [Fact]
    public async Task The_sample_history_and_this_years_referral_give_every_unit_its_target_and_every_area_its_baseline()
    {
        using var client = platform.CreateClient();
        var script = new ReadmeScript(platform, client);
        await script.RunAsync("## The years before the platform");
        await script.RunAsync("## A first support route");
        using var swv = platform.ClientWithRoles("swv");

        foreach (var (groupBy, units) in new[] { ("school", 17), ("cluster", 5), ("area", 2) })
        {
            JsonArray rows = [];
            await Eventually.AssertAsync(async () =>
            {
                rows = (await ReadAsync(swv, $"/api/v1/monitoring/referrals?schoolYear={ThisYear}&groupBy={groupBy}"))["rows"]!.AsArray();
                return rows.Count == units && rows.All(r => r!["previousYearSource"]!.GetValue<string>() == "imported")
                    && rows.Sum(r => r!["referrals"]!.GetValue<int>()) == 1;
            }, $"the {groupBy} rows of {ThisYear} stand on the imported {LastYear} and count the README's referral");

            foreach (var row in rows.Select(r => r!.AsObject()))
            {
                Assert.True(row["changePct"] is not null && row["targetReferrals"] is not null && row["onTarget"] is not null, $"{groupBy} row {row.ToJsonString()}");
                Assert.True(row["previousYearReferrals"]!.GetValue<int>() > 0, $"{groupBy} row {row.ToJsonString()}");
                Assert.Equal("recorded", row["source"]!.GetValue<string>());
            }
        }

        var expected = await SampleBaselinesPerAreaAsync(swv);
        Assert.Equal(2, expected.Count);
        foreach (var (areaId, baseline) in expected)
        {
            JsonObject referrals = [];
            await Eventually.AssertAsync(async () =>
            {
                referrals = (await ReadAsync(swv, $"/api/v1/budgets/{ThisYear}/areas/{areaId}"))["referrals"]!.AsObject();
                return referrals["baselineSource"]!.GetValue<string>() == "imported";
            }, $"the budget of area {areaId} takes its baseline from the imported {LastYear}");

            var actual = referrals["baseline"]!;
            int[] counts = [actual["sbo"]!.GetValue<int>(), actual["soLow"]!.GetValue<int>(), actual["soMedium"]!.GetValue<int>(), actual["soHigh"]!.GetValue<int>()];
            Assert.Equal(baseline, counts);
        }
    }

    /// <summary>The sample file of last year summed per area of its schools, by kind.</summary>
    private static async Task<Dictionary<Guid, int[]>> SampleBaselinesPerAreaAsync(HttpClient swv)
    {
        var areaOf = (await swv.GetObjectsAsync("/api/v1/schools")).ToDictionary(s => s["id"]!.GetValue<Guid>(), s => s["areaId"]!.GetValue<Guid>());
        var lines = await File.ReadAllLinesAsync(Path.Combine(ReadmeScript.RepositoryRoot(), "samples", $"referral-history-{LastYear}.csv"));
        var baselines = new Dictionary<Guid, int[]>();
        foreach (var cells in lines.Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')))
        {
            var counts = baselines.TryGetValue(areaOf[Guid.Parse(cells[0])], out var known) ? known : baselines[areaOf[Guid.Parse(cells[0])]] = new int[4];
            for (var kind = 0; kind < 4; kind++)
            {
                counts[kind] += int.Parse(cells[kind + 1]);
            }
        }

        return baselines;
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
