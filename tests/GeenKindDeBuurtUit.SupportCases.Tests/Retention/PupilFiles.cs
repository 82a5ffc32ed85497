using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Retention;

/// <summary>Support files of one past school year (2019-2020 unless told), built through the contract so every module holds its share of them.</summary>
internal sealed class PupilFiles(HttpClient admin, Guid schoolId, int startYear = 2019)
{
    private readonly CaseApi _api = new(admin);

    /// <summary>The last school day of the year: when these files close unless told otherwise.</summary>
    public string ClosedOn => $"{startYear + 1}-06-30";

    public static string NewPupilRef() => $"ret-{Guid.NewGuid():N}"[..12];

    public async Task<Guid> OpenAsync(string pupilRef, int level = 2) =>
        CaseApi.Id(await _api.OpenAsync(schoolId, pupilRef, level, $"{startYear}-09-02"));

    /// <summary>Parents involved, an OPP, levels 4 and 5: ready for the OT.</summary>
    public async Task<Guid> AtLevelFiveAsync(string pupilRef)
    {
        var id = await OpenAsync(pupilRef);
        await _api.OkAsync(id, "involvements", new { party = "parents", on = $"{startYear}-09-10" });
        await _api.OkAsync(id, "opp", new { establishedOn = $"{startYear}-09-20" });
        await _api.OkAsync(id, "level", new { level = 4, reason = "outside expertise", on = $"{startYear}-09-25" });
        await _api.OkAsync(id, "level", new { level = 5, reason = "support team", on = $"{startYear}-10-01" });
        return id;
    }

    /// <summary>A file with something in every table: an OT that kept the child here, time at home, an escalation, a collective approach.</summary>
    public async Task<Guid> FullFileAsync(string pupilRef, Guid approachId)
    {
        var id = await AtLevelFiveAsync(pupilRef);
        var meeting = await _api.PostAsync(id, "ot-meetings", new
        {
            heldOn = $"{startYear}-10-10",
            participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
            decision = "stay",
        });
        Assert.Equal(HttpStatusCode.Created, meeting.StatusCode);
        await _api.OkAsync(id, "thuiszitter-periods", new { since = $"{startYear}-11-01", reason = "no suitable place" });
        await _api.OkAsync(id, "escalations", new { to = "buurtteam", on = $"{startYear}-11-05", reason = "family needs support at home" });
        await _api.OkAsync(id, "thuiszitter-periods/end", new { on = $"{startYear}-12-01" });
        await _api.OkAsync(id, "collective-approach", new { approachId });
        return id;
    }

    public async Task<Guid> ReferredAsync(string pupilRef, string? heldOn = null)
    {
        var id = await AtLevelFiveAsync(pupilRef);
        Assert.Equal(HttpStatusCode.Created, (await _api.ReferAsync(id, "sbo", heldOn: heldOn ?? $"{startYear}-10-15")).StatusCode);
        return id;
    }

    public Task WithdrawAsync(Guid id) => _api.OkAsync(id, "referral/withdrawal", new { on = $"{startYear}-11-15", reason = "a place in the neighbourhood after all" });

    public Task CloseAsync(Guid id, string? on = null) => _api.OkAsync(id, "closure", new { on = on ?? ClosedOn, reason = "support no longer needed" });

    public async Task<bool> ExistsAsync(Guid id) => (await admin.GetAsync($"{CaseApi.Base}/{id}")).StatusCode != HttpStatusCode.NotFound;

    public async Task<Guid> AgreeApproachAsync(Guid clusterId, IEnumerable<Guid> schoolIds)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/collective-approaches", new
        {
            name = "Stronger language teaching",
            needs = new[] { "language" },
            level = "cluster",
            targetId = clusterId,
            schoolIds,
            startsOn = $"{startYear}-08-26",
            endsOn = $"{startYear + 1}-07-10",
            expectedChildren = 10,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return CaseApi.Id((await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }
}
