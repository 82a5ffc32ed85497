using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// Osdorp's referrals and thuiszitters of 2021-2022 imported by the SWV (a year before the
/// platform), its referrals of 2022-2023 recorded through Support Cases, read back as figures
/// (docs/adr/0050). This class owns 2021-2022 and 2022-2023. The imports are published as Support
/// Cases publishes them, one event per school or area, straight to the platform's handlers.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportedHistoryFiguresTests(PlatformFactory platform) : IAsyncLifetime
{
    private const string ThisYear = "2022-2023";
    private const string LastYear = "2021-2022";
    private Pilot _pilot = null!;

    private Guid ElAmien => _pilot.Schools["El Amien 1"];

    private Guid Lukkas => _pilot.Schools["Lukkasschool"];

    private Guid Talent => _pilot.Schools["IKC het Talent"];

    private Guid Globe => _pilot.Schools["Globe"];

    private Guid Atlantis => _pilot.Schools["Atlantis"];

    private Guid Osdorp => _pilot.Areas["Osdorp"];

    private Guid BosEnLommer => _pilot.Areas["Bos en Lommer"];

    public async Task InitializeAsync()
    {
        _pilot = await Pilot.ReadAsync(platform.Admin());
        if (Figures.Count(Figures.Row(await Figures.GetAsync(platform.Admin(), $"referrals?schoolYear={ThisYear}"), Osdorp), "referrals") > 0)
        {
            return;
        }

        // 2021-2022 imported: El Amien 1 ten, Lukkasschool two, IKC het Talent none (but in the import), Globe eight; cluster 3 not in it.
        // A first import with other counts is replaced by a second; a late event of the first changes nothing.
        await PublishAsync(Referrals(ElAmien, revision: 1, sbo: 1), Referrals(Globe, revision: 1, sbo: 1), Referrals(Atlantis, revision: 1, sbo: 4));
        await PublishAsync(
            Referrals(ElAmien, revision: 2, sbo: 6, soMedium: 4), Referrals(Lukkas, revision: 2, soLow: 2), Referrals(Talent, revision: 2),
            Referrals(Globe, revision: 2, sbo: 8), Referrals(Atlantis, revision: 2, removed: true));
        await PublishAsync(Referrals(ElAmien, revision: 1, sbo: 1), Referrals(Atlantis, revision: 1, sbo: 4));
        await PublishAsync(Thuiszitters(LastYear, Osdorp, 1), Thuiszitters(ThisYear, Osdorp, 3));

        var admin = platform.Admin();
        var target = await admin.PutAsJsonAsync($"/api/v1/monitoring/targets/{ThisYear}", new { reductionPct = 20m });
        Assert.True(target.IsSuccessStatusCode, await target.Content.ReadAsStringAsync());

        var cases = new Cases(platform.ClientAs("swv"));
        foreach (var (school, heldOn) in new[] { (ElAmien, "2022-10-03"), (ElAmien, "2022-11-07"), (ElAmien, "2023-02-06"), (Globe, "2022-10-10"), (Globe, "2022-12-05"), (Globe, "2023-01-09"), (Globe, "2023-03-06"), (Globe, "2023-05-08") })
        {
            await cases.ReferredAsync(school, heldOn);
        }

        await Figures.UntilAsync(platform.ClientAs("swv"), $"referrals?schoolYear={ThisYear}&groupBy=school",
            a => (Figures.Count(Figures.Row(a, ElAmien), "referrals"), Figures.Count(Figures.Row(a, Globe), "referrals")) == (3, 5), "the recorded referrals reach monitoring");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_imported_previous_year_is_the_baseline_of_each_school()
    {
        var answer = await Figures.GetAsync(platform.ClientAs("swv"), $"referrals?schoolYear={ThisYear}&groupBy=school");

        Assert.Equal(20m, answer["targetReductionPct"]!.GetValue<decimal>());
        AssertRow(Figures.Row(answer, ElAmien), 3, 10, -70m, 8, true, "recorded", "imported");
        AssertRow(Figures.Row(answer, Lukkas), 0, 2, -100m, 1, true, "recorded", "imported");
        AssertRow(Figures.Row(answer, Talent), 0, 0, null, null, null, "recorded", "imported");
        AssertRow(Figures.Row(answer, Globe), 5, 8, -37.5m, 6, true, "recorded", "imported");
        AssertRow(Figures.Row(answer, Atlantis), 0, 0, null, null, null, "recorded", "recorded");
    }

    [Fact]
    public async Task Clusters_and_areas_add_up_imported_and_recorded_counts_and_say_where_they_come_from()
    {
        var swv = platform.ClientAs("swv");

        var clusters = await Figures.GetAsync(swv, $"referrals?schoolYear={ThisYear}&groupBy=cluster");
        var areas = await Figures.GetAsync(swv, $"referrals?schoolYear={ThisYear}&groupBy=area");

        AssertRow(Figures.Row(clusters, _pilot.Clusters["Osdorp cluster 1"]), 3, 12, -75m, 9, true, "recorded", "imported");
        AssertRow(Figures.Row(clusters, _pilot.Clusters["Osdorp cluster 2"]), 5, 8, -37.5m, 6, true, "recorded", "imported");
        AssertRow(Figures.Row(clusters, _pilot.Clusters["Osdorp cluster 3"]), 0, 0, null, null, null, "recorded", "recorded");
        AssertRow(Figures.Row(areas, Osdorp), 8, 20, -60m, 16, true, "recorded", "imported");
        AssertRow(Figures.Row(areas, BosEnLommer), 0, 0, null, null, null, "recorded", "recorded");
    }

    [Fact]
    public async Task The_imported_year_itself_shows_its_counts_as_imported()
    {
        var answer = await Figures.GetAsync(platform.ClientAs("swv"), $"referrals?schoolYear={LastYear}&groupBy=school");

        AssertRow(Figures.Row(answer, ElAmien), 10, 0, null, null, null, "imported", "recorded");
        AssertRow(Figures.Row(answer, Lukkas), 2, 0, null, null, null, "imported", "recorded");
        AssertRow(Figures.Row(answer, Talent), 0, 0, null, null, null, "imported", "recorded");
    }

    [Fact]
    public async Task An_analyst_sees_a_small_imported_count_suppressed_as_a_recorded_one()
    {
        var analyst = platform.ClientAs("analyst");

        var lastYear = await Figures.GetAsync(analyst, $"referrals?schoolYear={LastYear}&groupBy=school");
        var thisYear = await Figures.GetAsync(analyst, $"referrals?schoolYear={ThisYear}&groupBy=school");
        var areas = await Figures.GetAsync(analyst, $"referrals?schoolYear={ThisYear}&groupBy=area");

        // Lukkasschool's imported 2 is small; El Amien 1's 10 would give it away with the cluster's 12.
        foreach (var row in new[] { Figures.Row(lastYear, Lukkas), Figures.Row(lastYear, ElAmien), Figures.Row(thisYear, Lukkas) })
        {
            Assert.True(row["suppressed"]!.GetValue<bool>());
            Assert.Null(row["referrals"]);
            Assert.Null(row["previousYearReferrals"]);
            Assert.Null(row["targetReferrals"]);
        }

        Assert.Equal("imported", Figures.Row(thisYear, Lukkas)["previousYearSource"]!.GetValue<string>());
        Assert.DoesNotContain(lastYear["rows"]!.AsArray(), r => Figures.Count(r!.AsObject(), "referrals") is >= 1 and <= 4);
        AssertRow(Figures.Row(areas, Osdorp), 8, 20, -60m, 16, true, "recorded", "imported");
    }

    [Fact]
    public async Task The_trend_counts_the_imported_year_by_kind_and_measures_the_next_against_it()
    {
        var trend = await Figures.GetAsync(platform.ClientAs("analyst"), $"trend?areaId={Osdorp}");
        var years = trend["years"]!.AsArray().Select(y => y!.AsObject()).ToDictionary(y => y["schoolYear"]!.GetValue<string>());

        var last = years[LastYear];
        Assert.Equal((20, 14, 2, 4, 0, 0), (Count(last, "referrals"), Count(last, "sbo"), Count(last, "soLow"), Count(last, "soMedium"), Count(last, "soHigh"), Count(last, "withdrawn")));
        Assert.Equal(("imported", 1, 0), (last["source"]!.GetValue<string>(), Count(last, "importedThuiszitters"), Count(last, "thuiszitters")));

        var now = years[ThisYear];
        Assert.Equal((8, -60m, 20m, 16, true), (Count(now, "referrals"), now["changePct"]!.GetValue<decimal>(), now["targetReductionPct"]!.GetValue<decimal>(), Count(now, "targetReferrals"), now["onTarget"]!.GetValue<bool>()));
        Assert.Equal(("recorded", 3), (now["source"]!.GetValue<string>(), Count(now, "importedThuiszitters")));
        Assert.Null(years["2020-2021"]["importedThuiszitters"]);
    }

    [Fact]
    public async Task The_guardrail_shows_imported_thuiszitters_beside_the_recorded_ones_and_signals_on_them()
    {
        var swv = await Figures.GetAsync(platform.ClientAs("swv"), $"thuiszitters?schoolYear={ThisYear}");
        var analyst = await Figures.GetAsync(platform.ClientAs("analyst"), $"thuiszitters?schoolYear={ThisYear}");

        var osdorp = Figures.Row(swv, Osdorp);
        Assert.Equal((0, 0, 3, 1), (Count(osdorp, "thuiszitters"), Count(osdorp, "previousYearThuiszitters"), Count(osdorp, "importedThuiszitters"), Count(osdorp, "previousYearImportedThuiszitters")));
        Assert.Equal((8, 20), (Count(osdorp, "referrals"), Count(osdorp, "previousYearReferrals")));
        Assert.True(osdorp["fewerReferralsMoreThuiszitters"]!.GetValue<bool>());

        var bosEnLommer = Figures.Row(swv, BosEnLommer);
        Assert.Null(bosEnLommer["importedThuiszitters"]);
        Assert.False(bosEnLommer["fewerReferralsMoreThuiszitters"]!.GetValue<bool>());

        // Area counts are never suppressed, imported or recorded: the analyst sees what the SWV sees.
        Assert.Equal(osdorp.ToJsonString(), Figures.Row(analyst, Osdorp).ToJsonString());
    }

    [Fact]
    public async Task The_csv_carries_where_each_count_comes_from()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/monitoring/referrals?schoolYear={ThisYear}&groupBy=area");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await platform.ClientAs("swv").SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith(",suppressed,source,previousYearSource", lines[0]);
        Assert.Contains(lines, l => l.Contains($",{Osdorp},Osdorp,8,20,-60,16,true,false,recorded,imported", StringComparison.Ordinal));
    }

    private async Task PublishAsync(params IntegrationEvent[] events)
    {
        foreach (var e in events)
        {
            using var scope = platform.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(e);
        }
    }

    private static ReferralHistoryImportedIntegrationEvent Referrals(Guid school, int revision, int sbo = 0, int soLow = 0, int soMedium = 0, bool removed = false) =>
        new(LastYear, school, revision, "the SWV's own count", sbo, soLow, soMedium, 0, removed) { OccurredAt = DateTimeOffset.UtcNow };

    private static ThuiszitterHistoryImportedIntegrationEvent Thuiszitters(string year, Guid area, int count) =>
        new(year, area, 1, "leerplicht", count, false) { OccurredAt = DateTimeOffset.UtcNow };

    private static int? Count(JsonObject row, string field) => Figures.Count(row, field);

    private static void AssertRow(JsonObject row, int referrals, int previous, decimal? changePct, int? target, bool? onTarget, string source, string previousSource)
    {
        Assert.Equal(referrals, Figures.Count(row, "referrals"));
        Assert.Equal(previous, Figures.Count(row, "previousYearReferrals"));
        Assert.Equal(changePct, row["changePct"]?.GetValue<decimal>());
        Assert.Equal(target, Figures.Count(row, "targetReferrals"));
        Assert.Equal(onTarget, row["onTarget"]?.GetValue<bool>());
        Assert.False(row["suppressed"]!.GetValue<bool>());
        Assert.Equal((source, previousSource), (row["source"]!.GetValue<string>(), row["previousYearSource"]!.GetValue<string>()));
    }
}
