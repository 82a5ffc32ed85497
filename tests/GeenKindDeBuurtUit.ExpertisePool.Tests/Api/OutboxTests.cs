using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>
/// What the budget and monitoring receive: every step is in the outbox with its change and leaves
/// it once. Owns early-childhood in Bos en Lommer.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboxTests(PlatformFactory platform)
{
    private const string Outbox = "expertise_pool_outbox_messages";

    [Fact]
    public async Task Logged_hours_are_in_the_outbox_and_relayed_exactly_once()
    {
        var coordinator = platform.Coordinator();
        var pieter = await coordinator.RegisterAsync("Pieter (early childhood)", "early-childhood", PilotIds.BosEnLommer);
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.BosEnLommer, 1);
        var request = await coordinator.RequestForSchoolAsync(schools[3], "early-childhood", 3);
        await coordinator.AssignAsync(request);
        var logged = await coordinator.OkAsync(request, "hours", new { on = PoolApi.Date(), hours = 1.75 });
        var entry = logged["timeEntries"]![0]!["id"]!.GetValue<Guid>();
        await coordinator.OkAsync(request, "completion", new { on = PoolApi.Date() });

        var hoursRow = $"from {Outbox} where Type like '%.ExpertiseHoursLoggedIntegrationEvent,%' and Payload like '%\"entryId\":\"{entry}\"%'";
        Assert.Equal(1, await platform.CountAsync($"select count(*) {hoursRow}"));
        foreach (var fact in new[] { $"\"requestId\":\"{request}\"", $"\"professionalId\":\"{pieter}\"", $"\"areaId\":\"{PilotIds.BosEnLommer}\"", $"\"on\":\"{PoolApi.Date()}\"", "\"hours\":1.75", "\"expertise\":\"early-childhood\"" })
        {
            Assert.Equal(1, await platform.CountAsync($"select count(*) {hoursRow} and Payload like '%{fact}%'"));
        }

        foreach (var type in new[] { "ExpertiseRequestMade", "ProfessionalAssigned", "ExpertiseHoursLogged", "ExpertiseRequestCompleted" })
        {
            Assert.Equal(1, await platform.CountAsync($"select count(*) from {Outbox} where Type like '%.{type}IntegrationEvent,%' and Payload like '%\"requestId\":\"{request}\"%'"));
        }

        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from {Outbox} where ProcessedAt is null and Payload like '%{request}%'") == 0,
            "every event of the request was relayed");
        Assert.Equal(0, await platform.CountAsync($"select count(*) from {Outbox} where Attempts > 0 and Payload like '%{request}%'"));

        // The subscriber: the collective budget records the entry once in its inbox and once in its hours.
        var eventId = await platform.ScalarTextAsync($"select Id {hoursRow}");
        Assert.Equal(1, await platform.CountAsync(
            $"select count(*) from collective_budget_inbox_messages where EventId = '{eventId}' and Handler like '%ExpertiseHoursLoggedHandler'"));
        Assert.Equal(1, await platform.CountAsync(
            $"select count(*) from collective_budget_expertise_hours where EntryId = '{entry.ToString().ToUpperInvariant()}'"));
    }

    [Fact]
    public async Task A_refused_step_publishes_nothing()
    {
        var coordinator = platform.Coordinator();
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.BosEnLommer, 1);
        var request = await coordinator.RequestForSchoolAsync(schools[2], "early-childhood", 40);
        var before = await platform.CountAsync($"select count(*) from {Outbox}");

        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(request, "assignment", new { }), "no-capacity");
        await ProblemAssert.AssertRuleAsync(await coordinator.PostAsync(request, "hours", new { on = PoolApi.Date(), hours = 1 }), "request-not-assigned");

        Assert.Equal(before, await platform.CountAsync($"select count(*) from {Outbox}"));
    }
}
