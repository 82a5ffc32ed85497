using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using static GeenKindDeBuurtUit.SupportCases.Tests.Retention.RetentionRun;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Retention;

/// <summary>
/// Domain rule 7 on the running platform: a closed file is kept 2 years, 3 when the pupil was
/// referred, then erased in every module without changing any figure, each erasure audited.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RetentionTests(PlatformFactory platform)
{
    [Fact]
    public async Task Closed_files_are_erased_everywhere_on_their_day_and_every_figure_stays_the_same()
    {
        var admin = platform.Admin();
        var cluster = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/clusters"))!.Select(c => c!.AsObject())
            .First(c => c["areaId"]!.GetValue<Guid>() == PilotIds.Osdorp);
        var schools = cluster["schoolIds"]!.AsArray().Select(s => s!.GetValue<Guid>()).ToList();
        var files = new PupilFiles(admin, schools[0]);
        var approach = await files.AgreeApproachAsync(cluster["id"]!.GetValue<Guid>(), schools);

        var fullPupil = PupilFiles.NewPupilRef();
        var full = await files.FullFileAsync(fullPupil, approach);
        var referred = await files.ReferredAsync(PupilFiles.NewPupilRef());
        var withdrawn = await files.ReferredAsync(PupilFiles.NewPupilRef(), heldOn: "2019-10-16");
        await files.WithdrawAsync(withdrawn);
        var open = await files.OpenAsync(PupilFiles.NewPupilRef(), level: 1);
        var request = await ExpertiseForAsync(admin, schools[0], full);
        foreach (var id in new[] { full, referred, withdrawn })
        {
            await files.CloseAsync(id);
        }

        // The referral of 2019-2020 is the baseline of 2020-2021: its freed funds must outlive the case.
        await PutAgreementAsync(admin);
        await platform.QuietAsync();
        var summary = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/budgets/{Figures.BudgetYear}/areas/{PilotIds.Osdorp}"))!;
        Assert.Equal(5000m, summary["freedFunds"]!.GetValue<decimal>());
        var figures = await Figures.ReadAsync(admin, PilotIds.Osdorp);
        var referralCounts = await BudgetReferralCountsAsync();
        Assert.NotEmpty(await platform.PlacesNamingAsync(full));
        var audit = new RecordingAuditTrail();

        await platform.RunAsync(JustAfterMidnight(2022, 6, 29), audit);
        Assert.All(new[] { full, referred, withdrawn, open }, id => Assert.Empty(audit.For(id)));
        Assert.True(await files.ExistsAsync(full), "a day short of two years, the file stays");
        Assert.True(await files.ExistsAsync(withdrawn), "a withdrawn referral keeps a file two years, no longer");

        await platform.RunAsync(JustAfterMidnight(2022, 6, 30), audit);
        Assert.False(await files.ExistsAsync(full));
        Assert.False(await files.ExistsAsync(withdrawn), "a withdrawn referral no longer counts as referred");
        Assert.True(await files.ExistsAsync(referred), "a referred pupil's file is kept three years");
        Assert.True(await files.ExistsAsync(open));
        Assert.Equal(AuditedErasure(full), Assert.Single(audit.For(full)));
        Assert.Equal(AuditedErasure(withdrawn), Assert.Single(audit.For(withdrawn)));
        Assert.DoesNotContain(audit.Entries, e => $"{e.Actor} {e.Action} {e.ObjectType} {e.ObjectId} {e.ClientAddress}".Contains(fullPupil, StringComparison.OrdinalIgnoreCase));

        await platform.QuietAsync();
        var recorded = audit.Entries.Count;
        Assert.Equal(0, await platform.RunAsync(JustAfterMidnight(2022, 6, 30), audit));
        Assert.Equal(recorded, audit.Entries.Count);
        Assert.Empty(await platform.PlacesNamingAsync(full));
        Assert.Empty(await platform.PlacesNamingAsync(withdrawn));
        Assert.Contains("support_cases_outbox_messages.SupportCaseId", await platform.PlacesNamingAsync(referred));
        Assert.Empty(await platform.PlacesHoldingAsync(fullPupil));
        Figures.AssertSame(figures, await Figures.ReadAsync(admin, PilotIds.Osdorp));

        // The expertise request stays with its hours, unlinked; the approach stays, without the case.
        var unlinked = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/expertise-requests/{request}"))!;
        Assert.Null(unlinked["supportCaseId"]);
        Assert.Null(unlinked["note"]);
        Assert.Equal(2m, unlinked["hoursLogged"]!.GetValue<decimal>());
        Assert.True((await admin.GetAsync($"/api/v1/collective-approaches/{approach}")).IsSuccessStatusCode);

        await platform.RunAsync(JustAfterMidnight(2023, 6, 29), audit);
        Assert.True(await files.ExistsAsync(referred), "a day short of three years, the referred pupil's file stays");
        await platform.RunAsync(JustAfterMidnight(2023, 6, 30), audit);
        Assert.False(await files.ExistsAsync(referred));
        Assert.Equal(AuditedErasure(referred), Assert.Single(audit.For(referred)));
        await platform.QuietAsync();
        Assert.Equal(0, await platform.RunAsync(JustAfterMidnight(2023, 6, 30), audit));
        Assert.Empty(await platform.PlacesNamingAsync(referred));

        // Recalculated from what the budget still knows, the freed funds of the erased referral are all there.
        await PutAgreementAsync(admin);
        await platform.QuietAsync();
        Figures.AssertSame(figures, await Figures.ReadAsync(admin, PilotIds.Osdorp));
        Assert.Equal(referralCounts, await BudgetReferralCountsAsync());

        await platform.RunAsync(JustAfterMidnight(2040, 1, 1), audit);
        Assert.True(await files.ExistsAsync(open), "an open case is never erased, however long it stays open");
        Assert.Empty(audit.For(open));
    }

    private static AuditEntry AuditedErasure(Guid caseId) => new("system:retention", [], "erase", "support-case", caseId.ToString(), AuditOutcome.Allowed, null);

    private static async Task PutAgreementAsync(HttpClient admin)
    {
        var response = await admin.PutAsJsonAsync($"/api/v1/budgets/{Figures.BudgetYear}/areas/{PilotIds.Osdorp}/agreement", new
        {
            poolShare = 0.5m,
            rates = new { sbo = 10000m, soLow = 20000m, soMedium = 30000m, soHigh = 40000m },
            baseline = (object?)null,
            expertiseHourRate = 95.50m,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A request for the case, with a professional and hours: the pool's counts that must survive the case.</summary>
    private async Task<Guid> ExpertiseForAsync(HttpClient admin, Guid schoolId, Guid caseId)
    {
        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from expertise_pool_support_cases where CaseId = '{caseId.ToString().ToUpperInvariant()}'") == 1,
            "the pool knows the case");
        var professional = await CreatedAsync(admin, "/api/v1/professionals", new
        {
            name = "Retention behaviour specialist", organisation = "SPO West", expertise = new[] { "behaviour" }, areaIds = new[] { PilotIds.Osdorp }, hoursPerWeek = 20,
        });
        var request = await CreatedAsync(admin, "/api/v1/expertise-requests", new
        {
            schoolId, expertise = "behaviour", hours = 4, supportCaseId = caseId, note = "observation in the classroom",
        });
        Assert.True((await admin.PostAsJsonAsync($"/api/v1/expertise-requests/{request}/assignment", new { professionalId = professional })).IsSuccessStatusCode);
        var today = SchoolCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var hours = await admin.PostAsJsonAsync($"/api/v1/expertise-requests/{request}/hours", new { on = today, hours = 2 });
        Assert.True(hours.IsSuccessStatusCode, await hours.Content.ReadAsStringAsync());
        return request;
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    /// <summary>What the freed-funds formula reads, without the case ids.</summary>
    private async Task<string> BudgetReferralCountsAsync() =>
        string.Join('|', await new DatabaseProbe(platform.ConnectionString).StringsAsync(
            "select SchoolYearStart || ' ' || SchoolId || ' ' || Kind || ' ' || Referrals || ' ' || Withdrawals as line from collective_budget_referrals order by line"));
}
