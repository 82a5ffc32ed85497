using static GeenKindDeBuurtUit.Testing.ProblemAssert;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>The contract's support-case calls, as a school system makes them.</summary>
internal sealed class CaseApi(HttpClient client)
{
    public const string Base = "/api/v1/support-cases";

    public HttpClient Client => client;

    public static async Task<IReadOnlyList<JsonObject>> SchoolsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!.Select(s => s!.AsObject()).ToList();

    public async Task<JsonObject> OpenAsync(Guid schoolId, string pupilRef = "LAS-0001", int level = 2, string openedOn = "2025-09-01")
    {
        var response = await client.PostAsJsonAsync(Base, new { schoolId, pupilRef, needs = new[] { "language", "tos" }, level, openedOn });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await BodyAsync(response);
    }

    public Task<HttpResponseMessage> PostAsync(Guid caseId, string path, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/{caseId}/{path}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public async Task<JsonObject> OkAsync(Guid caseId, string path, object body)
    {
        var response = await PostAsync(caseId, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await BodyAsync(response);
    }

    /// <summary>The day <see cref="AtLevelFiveAsync"/> takes a case to level 5: an OT meeting is held on or after it.</summary>
    public const string ReachedLevel5 = "2025-10-01";

    /// <summary>Opens a case and takes it to level 5 the lawful way: parents involved, OPP, level 4, level 5.</summary>
    public async Task<Guid> AtLevelFiveAsync(Guid schoolId, string pupilRef)
    {
        var id = Id(await OpenAsync(schoolId, pupilRef));
        await OkAsync(id, "involvements", new { party = "parents", on = "2025-09-10" });
        await OkAsync(id, "opp", new { establishedOn = "2025-09-20" });
        await OkAsync(id, "level", new { level = 4, reason = "outside expertise", on = "2025-09-25" });
        await OkAsync(id, "level", new { level = 5, reason = "support team", on = ReachedLevel5 });
        return id;
    }

    /// <summary>As <see cref="AtLevelFiveAsync"/>, in the school year starting in <paramref name="startYear"/> (level 5 on 1 October).</summary>
    public async Task<Guid> AtLevelFiveInAsync(Guid schoolId, string pupilRef, int startYear)
    {
        var id = Id(await OpenAsync(schoolId, pupilRef, openedOn: $"{startYear}-09-01"));
        await OkAsync(id, "involvements", new { party = "parents", on = $"{startYear}-09-10" });
        await OkAsync(id, "opp", new { establishedOn = $"{startYear}-09-20" });
        await OkAsync(id, "level", new { level = 4, reason = "outside expertise", on = $"{startYear}-09-25" });
        await OkAsync(id, "level", new { level = 5, reason = "support team", on = $"{startYear}-10-01" });
        return id;
    }

    public Task<HttpResponseMessage> ReferAsync(Guid caseId, string type = "sbo", string? category = null, string heldOn = "2025-10-15") =>
        PostAsync(caseId, "ot-meetings", new
        {
            heldOn,
            participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
            decision = "refer",
            referral = new { type, category },
        });

    /// <summary>Finds a pupil's cases at a school; the pupil reference goes in the body, as the contract wants it.</summary>
    public Task<HttpResponseMessage> LookUpAsync(Guid schoolId, string pupilRef, string query = "", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/lookup{query}") { Content = JsonContent.Create(new { schoolId, pupilRef }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public async Task<IReadOnlyList<Guid>> FoundAsync(Guid schoolId, string pupilRef)
    {
        var response = await LookUpAsync(schoolId, pupilRef);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await BodyAsync(response))["items"]!.AsArray().Select(i => Id(i!.AsObject())).ToList();
    }

    public static Guid Id(JsonObject body) => body["id"]!.GetValue<Guid>();
}
