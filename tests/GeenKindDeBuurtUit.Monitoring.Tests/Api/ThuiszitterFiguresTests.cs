using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// "Are fewer children at home?" (domain rule 8): thuiszitters per area next to referrals, in
/// 2017-2018 and 2018-2019, the school years only this class uses. Every period it starts ends.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ThuiszitterFiguresTests(PlatformFactory platform) : IAsyncLifetime
{
    private const string Path = "thuiszitters?schoolYear=2018-2019";
    private Pilot _pilot = null!;

    private Guid BosEnLommer => _pilot.Areas["Bos en Lommer"];

    public async Task InitializeAsync()
    {
        _pilot = await Pilot.ReadAsync(platform.Admin());
        if (Figures.Row(await Figures.GetAsync(platform.Admin(), Path), BosEnLommer)["thuiszitters"]!.GetValue<int>() > 0)
        {
            return;
        }

        var cases = new Cases(platform.ClientAs("swv"));
        var (boomgaard, vindplaats) = (_pilot.Schools["IKC De Boomgaard"], _pilot.Schools["Vindplaats"]);

        var lastYear = await cases.OpenAsync(boomgaard, "2017-09-01");
        await cases.AtHomeAsync(lastYear, "2017-10-01");
        await cases.BackAtSchoolAsync(lastYear, "2018-03-01");

        // At home from October until the first day of the next school year: at home "now" on the last day of this one.
        var stillHome = await cases.OpenAsync(boomgaard, "2018-09-01");
        await cases.AtHomeAsync(stillHome, "2018-10-01");
        await cases.EscalateAsync(stillHome, "okt", "2018-10-05");
        await cases.EscalateAsync(stillHome, "buurtteam", "2018-11-05");
        await cases.CloseAsync(stillHome, "2019-08-01");

        // At home twice in one year: one child.
        var twice = await cases.OpenAsync(vindplaats, "2018-09-01");
        await cases.AtHomeAsync(twice, "2018-11-01");
        await cases.BackAtSchoolAsync(twice, "2018-12-01");
        await cases.AtHomeAsync(twice, "2019-01-10");
        await cases.BackAtSchoolAsync(twice, "2019-02-01");

        await cases.ReferredAsync(vindplaats, "2019-03-01");
        await Figures.UntilAsync(platform.Admin(), Path, a => Figures.Row(a, BosEnLommer)["referrals"]!.GetValue<int>() == 1
            && Figures.Row(a, BosEnLommer)["escalations"]!.GetValue<int>() == 2 && Figures.Row(a, BosEnLommer)["thuiszitters"]!.GetValue<int>() == 2
            && Figures.Row(a, BosEnLommer)["currentThuiszitters"]!.GetValue<int>() == 1, "the periods, escalations and referral reach monitoring");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Thuiszitters_escalations_and_referrals_stand_side_by_side_per_area()
    {
        var answer = await Figures.GetAsync(platform.ClientAs("swv"), Path);

        Assert.Equal("2018-2019", answer["schoolYear"]!.GetValue<string>());
        Assert.Equal("2019-07-31", answer["asOf"]!.GetValue<string>());
        Assert.Equal(2, answer["rows"]!.AsArray().Count);
        var row = Figures.Row(answer, BosEnLommer);
        Assert.Equal("Bos en Lommer", row["name"]!.GetValue<string>());
        Assert.Equal(1, row["currentThuiszitters"]!.GetValue<int>());
        Assert.Equal(2, row["thuiszitters"]!.GetValue<int>());
        Assert.Equal(1, row["previousYearThuiszitters"]!.GetValue<int>());
        Assert.Equal(2, row["escalations"]!.GetValue<int>());
        Assert.Equal(1, row["referrals"]!.GetValue<int>());
        Assert.Equal(0, row["previousYearReferrals"]!.GetValue<int>());
        var osdorp = Figures.Row(answer, _pilot.Areas["Osdorp"]);
        Assert.Equal(0, osdorp["thuiszitters"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_analyst_sees_the_same_area_figures()
    {
        var swv = await Figures.GetAsync(platform.ClientAs("swv"), Path);

        var analyst = await Figures.GetAsync(platform.ClientAs("analyst"), Path);

        Assert.Equal(swv.ToJsonString(), analyst.ToJsonString());
    }

    [Fact]
    public async Task The_year_before_counts_its_own_children_and_none_at_home_at_its_end()
    {
        var row = Figures.Row(await Figures.GetAsync(platform.ClientAs("analyst"), "thuiszitters?schoolYear=2017-2018"), BosEnLommer);

        Assert.Equal(0, row["currentThuiszitters"]!.GetValue<int>());
        Assert.Equal(1, row["thuiszitters"]!.GetValue<int>());
        Assert.Equal(0, row["escalations"]!.GetValue<int>());
    }
}
