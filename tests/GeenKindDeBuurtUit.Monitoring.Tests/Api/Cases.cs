using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// The Support Cases calls a school system and the SWV make, as far as monitoring needs them:
/// monitoring's figures are only ever built from cases entered through the contract.
/// </summary>
internal sealed class Cases(HttpClient client)
{
    private const string Base = "/api/v1/support-cases";

    // Pseudonyms with at most six digits in a row: a random one could hold nine digits that pass the 11-check, a BSN.
    private static int _pupils;

    /// <summary>Opens a case at level 1-3 on a day in the past.</summary>
    public async Task<Guid> OpenAsync(Guid schoolId, string openedOn, int level = 2)
    {
        var response = await client.PostAsJsonAsync(Base, new { schoolId, pupilRef = $"mon-{Interlocked.Increment(ref _pupils):D6}", needs = new[] { "language" }, level, openedOn });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    /// <summary>Opens a case and takes it to level 5 the lawful way (parents involved, OPP, level 4, level 5), one day at a time.</summary>
    public async Task<Guid> AtLevelFiveAsync(Guid schoolId, string openedOn)
    {
        var opened = Day(openedOn);
        var id = await OpenAsync(schoolId, openedOn);
        await OkAsync(id, "involvements", new { party = "parents", on = Text(opened.AddDays(1)) });
        await OkAsync(id, "opp", new { establishedOn = Text(opened.AddDays(2)) });
        await OkAsync(id, "level", new { level = 4, reason = "outside expertise", on = Text(opened.AddDays(3)) });
        await OkAsync(id, "level", new { level = 5, reason = "support team", on = Text(opened.AddDays(4)) });
        return id;
    }

    /// <summary>A child referred by an OT held on <paramref name="heldOn"/>: the referral belongs to that day's school year.</summary>
    public async Task<Guid> ReferredAsync(Guid schoolId, string heldOn, string type = "sbo", string? category = null)
    {
        var id = await AtLevelFiveAsync(schoolId, Text(Day(heldOn).AddDays(-30)));
        await OtMeetingAsync(id, heldOn, "refer", new { type, category });
        return id;
    }

    public async Task OtMeetingAsync(Guid caseId, string heldOn, string decision, object? referral = null)
    {
        var response = await client.PostAsJsonAsync($"{Base}/{caseId}/ot-meetings", new
        {
            heldOn,
            participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
            decision,
            referral,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public Task WithdrawAsync(Guid caseId, string on) => OkAsync(caseId, "referral/withdrawal", new { on, reason = "a place in the neighbourhood after all" });

    public Task AtHomeAsync(Guid caseId, string since) => OkAsync(caseId, "thuiszitter-periods", new { since, reason = "no suitable place" });

    public Task BackAtSchoolAsync(Guid caseId, string on) => OkAsync(caseId, "thuiszitter-periods/end", new { on });

    public Task EscalateAsync(Guid caseId, string to, string on) => OkAsync(caseId, "escalations", new { to, on, reason = "needs the neighbourhood team" });

    public Task CloseAsync(Guid caseId, string on) => OkAsync(caseId, "closure", new { on, reason = "done" });

    public async Task OkAsync(Guid caseId, string path, object body)
    {
        var response = await client.PostAsJsonAsync($"{Base}/{caseId}/{path}", body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
