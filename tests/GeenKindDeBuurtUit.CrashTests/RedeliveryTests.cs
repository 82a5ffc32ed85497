using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;
using GeenKindDeBuurtUit.Facilities.IntegrationEvents;
using GeenKindDeBuurtUit.Monitoring.IntegrationEvents;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The requirement: "every integration event delivered three times, with delays, has exactly one effect in
/// every receiving module". Every kind of event is produced through the API; then every event in
/// every outbox is delivered three more times: twice at once through the mediator, as two relays
/// racing would, and once more through the relay itself after its rows are reset. No table of any
/// module may change by a single value.
/// </summary>
public sealed class RedeliveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_event_delivered_three_more_times_changes_nothing_in_any_receiving_module()
    {
        await using var platform = new PlatformFactory();
        await platform.InitializeAsync();
        using var database = new HostDatabase(platform.DatabaseFile);
        await ProduceEveryKindOfEventAsync(platform);
        await Settle.QuietAsync(database, TimeSpan.FromSeconds(90));

        var messages = await OutboxAsync(database, platform.Services.GetRequiredService<IntegrationEventTypes>());
        var kinds = messages.Select(m => m.Event.GetType()).ToHashSet();
        Assert.Empty(EveryEventType().Except(kinds).Select(t => t.Name));
        var before = await TablesAsync(database);
        var inboxBefore = await InboxCountAsync(database);

        // Twice at once per event, a little apart, several events at a time, in a shuffled order.
        var random = new Random(7);
        var shuffled = messages.OrderBy(_ => random.Next()).ToList();
        await Parallel.ForEachAsync(shuffled, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (message, _) =>
        {
            var delay = random.Next(0, 20);
            await Task.WhenAll(DeliverAsync(platform, message.Event, 0), DeliverAsync(platform, message.Event, delay));
        });
        await Task.Delay(250);

        // Once more through the relay, as after a crash that lost every "delivered" mark.
        foreach (var module in HostDatabase.Modules)
        {
            await database.ScalarAsync($"UPDATE {module}_outbox_messages SET ProcessedAt = NULL, LockedUntil = NULL, LockedBy = NULL, NextAttemptAt = NULL");
        }

        platform.Services.GetRequiredService<IOutboxRelaySignal>().OutboxWritten();
        await Settle.QuietAsync(database, TimeSpan.FromSeconds(90));

        var after = await TablesAsync(database);
        Assert.Equal(inboxBefore, await InboxCountAsync(database));
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.SequenceEqual(after[table]), $"{table} changed on redelivery: {rows.Count} rows before, {after[table].Count} after; first difference: "
                + (rows.Except(after[table]).Concat(after[table].Except(rows)).FirstOrDefault() ?? "order"));
        }

        Assert.Empty(await database.FailedDeliveriesAsync());
        output.WriteLine($"{messages.Count} events of {kinds.Count} kinds each delivered 3 more times ({messages.Count * 3} redeliveries) to {inboxBefore} handler inboxes; "
            + $"{before.Count} module tables ({before.Values.Sum(r => r.Count)} rows) unchanged.");
    }

    private static IEnumerable<Type> EveryEventType() =>
        new[] { typeof(SchoolRegisteredIntegrationEvent), typeof(SupportCaseOpenedIntegrationEvent), typeof(ExpertiseRequestMadeIntegrationEvent), typeof(PooledBudgetChangedIntegrationEvent), typeof(SchoolYearFiguresClosedIntegrationEvent), typeof(FacilityConfirmationDueIntegrationEvent) }
            .SelectMany(t => t.Assembly.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract);

    private static async Task DeliverAsync(PlatformFactory platform, IntegrationEvent integrationEvent, int delayMs)
    {
        await Task.Delay(delayMs);
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(integrationEvent);
    }

    private static async Task<List<(Guid Id, IntegrationEvent Event)>> OutboxAsync(HostDatabase database, IntegrationEventTypes events)
    {
        var messages = new List<(Guid, IntegrationEvent)>();
        foreach (var module in HostDatabase.Modules)
        {
            foreach (var row in await database.RowsAsync($"SELECT Id, Type, Payload FROM {module}_outbox_messages"))
            {
                messages.Add((Guid.Parse((string)row[0]!), events.Deserialize((string)row[1]!, (string)row[2]!)));
            }
        }

        return messages;
    }

    private static async Task<long> InboxCountAsync(HostDatabase database) =>
        await database.CountAsync("SELECT " + string.Join(" + ", HostDatabase.Modules.Select(m => $"(SELECT COUNT(*) FROM {m}_inbox_messages)")));

    /// <summary>Every row of every module table except the outboxes and inboxes, as text, in a stable order.</summary>
    private static async Task<Dictionary<string, List<string>>> TablesAsync(HostDatabase database)
    {
        var tables = (await database.RowsAsync(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' "
                + "AND name NOT LIKE '%outbox_messages' AND name NOT LIKE '%inbox_messages'"))
            .Select(r => (string)r[0]!).ToList();
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            dump[table] = (await database.RowsAsync($"SELECT * FROM \"{table}\""))
                .Select(row => string.Join("|", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))
                .Order(StringComparer.Ordinal).ToList();
        }

        return dump;
    }

    /// <summary>Through the API, so that every module publishes and every subscriber receives what it does in production.</summary>
    private static async Task ProduceEveryKindOfEventAsync(PlatformFactory platform)
    {
        using var admin = platform.Admin();
        var api = new PlatformApi(admin);
        var schools = await api.SchoolsAsync();
        var clusters = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/clusters"))!.Select(c => c!.AsObject()).ToList();
        var small = clusters.First(c => c["schoolIds"]!.AsArray().Count == 2);
        var next = clusters.First(c => c["areaId"]!.GetValue<Guid>() == small["areaId"]!.GetValue<Guid>() && c["schoolIds"]!.AsArray().Count == 3);
        var area = small["areaId"]!.GetValue<Guid>();
        var school = schools.First(s => s.AreaId == area);
        var today = KillWorkload.Today;

        // Neighbourhoods: a school registered (at a placeholder in its area), moved, then located by an admin.
        var registered = await OkAsync(admin.PostAsJsonAsync("/api/v1/schools", new { name = "Redelivery school " + Guid.NewGuid().ToString("N")[..6], brin = (string?)null, boardId = school.BoardId, clusterId = small["id"]!.GetValue<Guid>() }));
        await OkAsync(admin.PostAsJsonAsync($"/api/v1/schools/{PlatformApi.IdOf(registered)}/move", new { clusterId = next["id"]!.GetValue<Guid>() }));
        await OkAsync(admin.PutAsJsonAsync($"/api/v1/schools/{PlatformApi.IdOf(registered)}/location", new { lat = 52.3601, lon = 4.8012 }));

        // Support cases: the whole route, a thuiszitter period and an escalation, a collective approach.
        var opened = today.AddDays(-60);
        var caseId = await api.OpenCaseAsync(school.Id, opened, "redelivery");
        await api.ToLevelFiveAsync(caseId, opened);
        await api.ReferAsync(caseId, opened.AddDays(10), new Referral("so", "medium"));
        await api.WithdrawAsync(caseId, opened.AddDays(12));
        await api.CaseStepAsync(caseId, "thuiszitter-periods", new { since = PlatformApi.Date(opened.AddDays(13)), reason = "no suitable place" });
        await api.CaseStepAsync(caseId, "thuiszitter-periods/end", new { on = PlatformApi.Date(opened.AddDays(14)) });
        await api.CaseStepAsync(caseId, "escalations", new { to = "okt", on = PlatformApi.Date(opened.AddDays(15)), reason = "needs the parent and child team" });
        await api.CaseStepAsync(caseId, "closure", new { on = PlatformApi.Date(opened.AddDays(16)), reason = "done" });
        var referred = await api.OpenCaseAsync(school.Id, opened, "redelivery");
        await api.ToLevelFiveAsync(referred, opened);
        await api.ReferAsync(referred, opened.AddDays(10), new Referral("sbo", null));
        await OkAsync(admin.PostAsJsonAsync("/api/v1/collective-approaches", new
        {
            name = "Language class", needs = new[] { "language" }, level = "school", targetId = school.Id, schoolIds = new[] { school.Id },
            startsOn = PlatformApi.Date(today), expectedChildren = 6,
        }));

        // Retention: a case closed more than three years ago, erased by the daily job (run now).
        await EraseAnOldClosedCaseAsync(platform, api, school.Id, today);

        // The BEN map: the daily job reminds a steward whose facility was last confirmed five months ago.
        await RemindAStewardAsync(platform, area, today);

        // Expertise pool: one request served to the end, one cancelled.
        var professional = PlatformApi.IdOf(await OkAsync(admin.PostAsJsonAsync("/api/v1/professionals", new
        {
            name = "Redelivery professional", organisation = "OKT", expertise = new[] { "behaviour" }, areaIds = new[] { area }, hoursPerWeek = 12,
        })));
        var served = PlatformApi.IdOf(await OkAsync(admin.PostAsJsonAsync("/api/v1/expertise-requests", new { schoolId = school.Id, expertise = "behaviour", hours = 4 })));
        await OkAsync(admin.PostAsJsonAsync($"/api/v1/expertise-requests/{served}/assignment", new { professionalId = professional }));
        await OkAsync(admin.PostAsJsonAsync($"/api/v1/expertise-requests/{served}/hours", new { on = PlatformApi.Date(today), hours = 1.5m }));
        await OkAsync(admin.PostAsJsonAsync($"/api/v1/expertise-requests/{served}/completion", new { on = PlatformApi.Date(today) }));
        var cancelled = PlatformApi.IdOf(await OkAsync(admin.PostAsJsonAsync("/api/v1/expertise-requests", new { schoolId = school.Id, expertise = "behaviour", hours = 2 })));
        await OkAsync(admin.PostAsJsonAsync($"/api/v1/expertise-requests/{cancelled}/cancellation", new { on = PlatformApi.Date(today), reason = "no longer needed" }));

        // Collective budget: an agreement (freed funds, expertise charges) and a contribution.
        var year = KillWorkload.ThisYear.ToString();
        await api.AgreeAsync(year, area, 0.5m, KillWorkload.Rates);
        await api.ContributeAsync(year, area, school.BoardId, 2_500m, "redelivery-1");

        // History of a year before the platform, imported and then replaced without one of its schools;
        // the figures of an older year closed and reopened. Both years lie before every record above.
        var imported = SchoolYear.Starting(KillWorkload.ThisYear.StartYear - 5).ToString();
        var other = schools.First(s => s.AreaId == area && s.Id != school.Id);
        object Row(Guid id) => new { schoolId = id, sbo = 2, soLow = 1, soMedium = 0, soHigh = 1 };
        await OkAsync(admin.PutAsJsonAsync($"/api/v1/referral-history/{imported}", new { source = "redelivery", rows = new[] { Row(school.Id), Row(other.Id) } }));
        await OkAsync(admin.PutAsJsonAsync($"/api/v1/referral-history/{imported}", new { source = "redelivery", rows = new[] { Row(school.Id) } }));
        await OkAsync(admin.PutAsJsonAsync($"/api/v1/thuiszitter-history/{imported}", new { source = "redelivery", rows = new[] { new { areaId = area, count = 7 } } }));
        var published = SchoolYear.Starting(KillWorkload.ThisYear.StartYear - 8).ToString();
        await OkAsync(admin.PostAsJsonAsync($"/api/v1/monitoring/years/{published}/closure", new { }));
        await OkAsync(admin.PostAsJsonAsync($"/api/v1/monitoring/years/{published}/reopening", new { reason = "a school's count was corrected" }));

        // A school year long past closed, far enough back that none of the records above falls in it.
        await OkAsync(admin.PostAsync($"/api/v1/budgets/{KillWorkload.ThisYear.Previous.Previous}/areas/{area}/closure", null));
    }

    /// <summary>The job waits until every event about the case is delivered, so it is triggered until the case is gone.</summary>
    private static async Task EraseAnOldClosedCaseAsync(PlatformFactory platform, PlatformApi api, Guid schoolId, DateOnly today)
    {
        var openedOn = today.AddYears(-3).AddDays(-30);
        var old = await api.OpenCaseAsync(schoolId, openedOn, "redelivery-old");
        await api.CaseStepAsync(old, "closure", new { on = PlatformApi.Date(openedOn.AddDays(1)), reason = "moved away" });
        using var admin = platform.Admin();
        var jobs = platform.Services.GetRequiredService<IRecurringJobManager>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await admin.GetAsync($"/api/v1/support-cases/{old}")).StatusCode != HttpStatusCode.NotFound)
        {
            Assert.True(DateTime.UtcNow < deadline, "the retention job did not erase a case closed three years ago");
            jobs.Trigger("support-cases-retention");
            await Task.Delay(500);
        }
    }

    /// <summary>
    /// A facility's confirmation is moved back in the database, as time would move it; the daily job,
    /// triggered on the real clock, then publishes the steward's reminder.
    /// </summary>
    private static async Task RemindAStewardAsync(PlatformFactory platform, Guid area, DateOnly today)
    {
        using var admin = platform.Admin();
        var facility = PlatformApi.IdOf(await OkAsync(admin.PostAsJsonAsync("/api/v1/facilities", new
        {
            name = "Redelivery facility", kind = "library", address = "Osdorpplein 1", location = new { lat = 52.3583, lon = 4.7988 }, areaId = area,
            offers = new[] { "language" }, contact = new { url = "https://library.example.org" }, stewardSub = "redelivery-partner",
        })));
        var probe = new DatabaseProbe(platform.ConnectionString);
        var confirmedOn = today.AddMonths(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await probe.ScalarAsync($"UPDATE facilities_facilities SET ConfirmedOn = '{confirmedOn}' WHERE Id = '{DatabaseProbe.Text(facility)}'");
        var jobs = platform.Services.GetRequiredService<IRecurringJobManager>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await probe.CountAsync("SELECT COUNT(*) FROM facilities_outbox_messages WHERE Type LIKE '%FacilityConfirmationDue%'") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the upkeep job did not remind the steward of a facility confirmed five months ago");
            jobs.Trigger("facilities-upkeep");
            await Task.Delay(500);
        }
    }

    private static async Task<JsonObject> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {text}");
        return response.StatusCode == HttpStatusCode.NoContent || text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }
}
