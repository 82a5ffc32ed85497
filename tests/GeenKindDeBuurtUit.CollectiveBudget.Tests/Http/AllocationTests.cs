using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class AllocationTests(PlatformFactory platform)
{
    private const string Year = "2032-2033";

    [Fact]
    public async Task Pooled_money_is_allocated_to_a_school_a_cluster_or_the_area_until_it_runs_out()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.BosEnLommer;
        var school = pilot.In(area).First();
        using var swv = platform.ClientAs(Roles.Swv);
        await (await swv.ContributeAsync(Year, area, school.BoardId, 1_000m, "alloc-funds")).AssertStatusAsync(HttpStatusCode.Created);

        var toSchool = await swv.AllocateAsync(Year, area, "school", school.Id, 250m);
        var toCluster = await swv.AllocateAsync(Year, area, "cluster", school.ClusterId, 250m);
        var toArea = await swv.AllocateAsync(Year, area, "area", area, 400m);
        var tooMuch = await swv.AllocateAsync(Year, area, "area", area, 100.01m);

        await toSchool.AssertStatusAsync(HttpStatusCode.Created);
        await toCluster.AssertStatusAsync(HttpStatusCode.Created);
        await toArea.AssertStatusAsync(HttpStatusCode.Created);
        Assert.NotNull(toArea.Headers.Location);
        await tooMuch.AssertRuleAsync("insufficient-funds");
        var summary = await swv.SummaryAsync(Year, area);
        Assert.Equal((1_000m, 900m, 100m), (summary.Pooled, summary.Allocated, summary.Available));
        Assert.Equal(4, (await swv.LedgerAsync(Year, area)).Count);
        await (await swv.AllocateAsync(Year, area, "area", area, 100m)).AssertStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_target_outside_the_area_or_of_another_level_is_refused_with_the_field()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var elsewhere = pilot.In(PilotIds.Osdorp).First();
        using var swv = platform.ClientAs(Roles.Swv);

        await (await swv.AllocateAsync(Year, PilotIds.BosEnLommer, "school", elsewhere.Id, 1m)).AssertInvalidFieldAsync("targetId");
        await (await swv.AllocateAsync(Year, PilotIds.BosEnLommer, "cluster", elsewhere.Id, 1m)).AssertInvalidFieldAsync("targetId");
        await (await swv.AllocateAsync(Year, PilotIds.BosEnLommer, "area", PilotIds.Osdorp, 1m)).AssertInvalidFieldAsync("targetId");
        await (await swv.AllocateAsync(Year, PilotIds.BosEnLommer, "board", PilotIds.BosEnLommer, 1m)).AssertInvalidFieldAsync("level");
        await (await swv.AllocateAsync(Year, PilotIds.BosEnLommer, "area", PilotIds.BosEnLommer, 1.001m)).AssertInvalidFieldAsync("amount");
    }
}
