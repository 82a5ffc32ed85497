using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>Hours per date against an assignment, with their limits, and the load they make. Owns learning in Osdorp.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HoursTests(PlatformFactory platform)
{
    [Fact]
    public async Task Hours_keep_within_the_request_the_working_day_and_the_calendar()
    {
        var coordinator = platform.Coordinator();
        var mia = await coordinator.RegisterAsync("Mia (learning)", "learning", PilotIds.Osdorp, 40);
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.Osdorp, 1);
        var small = await coordinator.RequestForSchoolAsync(schools[0], "learning", 1);
        var first = await coordinator.RequestForSchoolAsync(schools[1], "learning", 10);
        var second = await coordinator.RequestForSchoolAsync(schools[2], "learning", 10);
        var waiting = await coordinator.RequestForSchoolAsync(schools[0], "learning", 30);
        foreach (var id in new[] { small, first, second })
        {
            Assert.Equal(mia, (await coordinator.AssignAsync(id))["professionalId"]!.GetValue<Guid>());
        }

        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(small, "hours", new { on = PoolApi.Date(), hours = 1.5 }), "request-hours-exceeded");
        await coordinator.OkAsync(small, "hours", new { on = PoolApi.Date(), hours = 1 });
        await coordinator.OkAsync(first, "hours", new { on = PoolApi.Date(), hours = 4 });
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(second, "hours", new { on = PoolApi.Date(), hours = 4 }), "working-day-exceeded");
        var full = await coordinator.OkAsync(second, "hours", new { on = PoolApi.Date(), hours = 3 });
        Assert.Equal(3m, full["hoursLogged"]!.GetValue<decimal>());

        await ProblemAssert.AssertFieldAsync(await coordinator.PostAsync(first, "hours", new { on = PoolApi.Date(1), hours = 1 }), "on");
        await ProblemAssert.AssertFieldAsync(await coordinator.PostAsync(first, "hours", new { on = PoolApi.Date(-1), hours = 1 }), "on");
        await ProblemAssert.AssertFieldAsync(await coordinator.PostAsync(first, "hours", new { on = PoolApi.Date(), hours = 0 }), "hours");
        await ProblemAssert.AssertFieldAsync(await coordinator.PostAsync(first, "hours", new { on = PoolApi.Date(), hours = 25 }), "hours");
        await ProblemAssert.AssertFieldAsync(await coordinator.PostAsync(first, "hours", new { on = PoolApi.Date(), hours = 0.125 }), "hours");
        await ProblemAssert.AssertFieldAsync(await coordinator.PostAsync(first, "hours", new { hours = 1 }), "on");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(waiting, "hours", new { on = PoolApi.Date(), hours = 1 }), "request-not-assigned");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(waiting, "completion", new { on = PoolApi.Date() }), "request-not-assigned");

        await coordinator.OkAsync(small, "completion", new { on = PoolApi.Date() });
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(small, "hours", new { on = PoolApi.Date(), hours = 0.5 }), "request-closed");
        Assert.Equal(4m, (await coordinator.GetAsync(first))["hoursLogged"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_professionals_load_shows_past_weeks_as_logged_and_this_week_with_the_open_work()
    {
        var coordinator = platform.Coordinator();
        var nina = await coordinator.RegisterAsync("Nina (learning)", "learning", PilotIds.BosEnLommer, 16);
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.BosEnLommer, 0);
        var request = await coordinator.RequestForSchoolAsync(schools[0], "learning", 6);
        await coordinator.AssignAsync(request, nina);
        await coordinator.OkAsync(request, "hours", new { on = PoolApi.Date(), hours = 2 });

        var load = await coordinator.Client.GetFromJsonAsync<JsonObject>($"{PoolApi.Professionals}/{nina}/load?weeks=2");

        var weeks = load!["weeks"]!.AsArray();
        Assert.Equal(3, weeks.Count);
        var current = weeks[2]!;
        Assert.Equal(load["currentWeek"]!.GetValue<string>(), current["week"]!.GetValue<string>());
        Assert.Equal(2m, current["logged"]!.GetValue<decimal>());
        Assert.Equal(4m, current["open"]!.GetValue<decimal>());
        Assert.Equal(6m, current["load"]!.GetValue<decimal>());
        Assert.Equal(10m, current["capacityLeft"]!.GetValue<decimal>());
        Assert.Equal(0m, weeks[0]!["load"]!.GetValue<decimal>());
        Assert.Equal(16m, weeks[1]!["capacityLeft"]!.GetValue<decimal>());
        await ProblemAssert.AssertFieldAsync(await coordinator.Client.GetAsync($"{PoolApi.Professionals}/{nina}/load?weeks=53"), "weeks");
        await ProblemAssert.ProblemAsync(await coordinator.Client.GetAsync($"{PoolApi.Professionals}/{Guid.NewGuid()}/load"), System.Net.HttpStatusCode.NotFound);
    }
}
