using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>The events a change publishes are stored with it and leave the outbox once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboxTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_referral_and_its_withdrawal_are_published_and_delivered()
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[10]["id"]!.GetValue<Guid>();
        var api = new CaseApi(admin);
        var id = await api.AtLevelFiveAsync(school, "outbox-1");
        await api.ReferAsync(id, "sbo");
        await api.OkAsync(id, "referral/withdrawal", new { on = "2025-11-01", reason = "arrangement found" });

        var caseId = id.ToString();
        foreach (var type in new[] { "SupportCaseOpened", "SupportLevelChanged", "OppEstablished", "OtMeetingHeld", "PupilReferred", "ReferralWithdrawn" })
        {
            var rows = $"select count(*) from support_cases_outbox_messages where Type like '%.{type}IntegrationEvent,%' and Payload like '%{caseId}%'";
            Assert.True(await platform.CountAsync(rows) >= 1, $"{type} is in the outbox");
        }

        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from support_cases_outbox_messages where ProcessedAt is null and Payload like '%{caseId}%'") == 0,
            "every event of the case was relayed");
        Assert.Equal(0, await platform.CountAsync($"select count(*) from support_cases_outbox_messages where Attempts > 0 and Payload like '%{caseId}%'"));
        Assert.Equal(0, await platform.CountAsync("select count(*) from support_cases_outbox_messages where Payload like '%outbox-1%'"));

        // The collective budget's referral projection took each of the two facts exactly once.
        foreach (var (type, handler) in new[] { ("PupilReferred", "PupilReferredHandler"), ("ReferralWithdrawn", "ReferralWithdrawnHandler") })
        {
            var eventId = await platform.ScalarTextAsync(
                $"select Id from support_cases_outbox_messages where Type like '%.{type}IntegrationEvent,%' and Payload like '%{caseId}%'");
            Assert.Equal(1, await platform.CountAsync(
                $"select count(*) from collective_budget_inbox_messages where EventId = '{eventId}' and Handler like '%.{handler}'"));
        }
    }

    [Fact]
    public async Task An_opened_case_reaches_its_subscriber_in_the_expertise_pool_exactly_once()
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[12]["id"]!.GetValue<Guid>();
        var id = CaseApi.Id(await new CaseApi(admin).OpenAsync(school, "outbox-3"));
        var eventId = await platform.ScalarTextAsync(
            $"select Id from support_cases_outbox_messages where Type like '%.SupportCaseOpenedIntegrationEvent,%' and Payload like '%{id}%'");

        // Delivery is at least once; the receiver's inbox makes the effect exactly once.
        var inbox = $"select count(*) from expertise_pool_inbox_messages where EventId = '{eventId}' and Handler like '%SupportCaseOpenedHandler'";
        await Eventually.AssertAsync(async () => await platform.CountAsync(inbox) == 1, "the expertise pool recorded the case once");
        Assert.Equal(1, await platform.CountAsync(inbox));
    }

    [Fact]
    public async Task A_refused_change_publishes_nothing()
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[11]["id"]!.GetValue<Guid>();
        var api = new CaseApi(admin);
        var id = CaseApi.Id(await api.OpenAsync(school, "outbox-2"));
        var before = await platform.CountAsync("select count(*) from support_cases_outbox_messages");

        var refused = await api.PostAsync(id, "level", new { level = 5, reason = "too fast" });

        await ProblemAssert.AssertRuleAsync(refused, "opp-required");
        Assert.Equal(before, await platform.CountAsync("select count(*) from support_cases_outbox_messages"));
        var read = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"{CaseApi.Base}/{id}");
        Assert.Equal(2, read!["level"]!.GetValue<int>());
    }
}
