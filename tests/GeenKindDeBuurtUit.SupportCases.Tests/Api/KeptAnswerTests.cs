using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>
/// A case keeps its answer when it is saved, and reading it or a page of cases serves that answer
/// (docs/adr/0074). The lookup still builds its answer from the aggregate, so after every kind of
/// change the kept answer is held against it, byte for byte.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class KeptAnswerTests(PlatformFactory platform)
{
    private const string Cases = "support_cases_cases";

    [Fact]
    public async Task After_every_kind_of_change_the_kept_answer_is_the_answer_of_the_aggregate()
    {
        var admin = platform.Admin();
        var api = new CaseApi(admin);
        var clusters = await admin.GetFromJsonAsync<JsonArray>("/api/v1/clusters");
        var schoolIds = clusters![0]!["schoolIds"]!.AsArray().Select(s => s!.GetValue<Guid>()).ToList();
        var school = schoolIds[0];
        const string pupil = "kept-answer-1";
        var id = CaseApi.Id(await api.OpenAsync(school, pupil));
        await AssertKeptAsync(api, school, pupil, id, "open");

        var changes = new (string Path, object Body)[]
        {
            ("involvements", new { party = "parents", on = "2025-09-10" }),
            ("opp", new { establishedOn = "2025-09-20" }),
            ("level", new { level = 4, reason = "outside expertise", on = "2025-09-25" }),
            ("level", new { level = 5, reason = "support team", on = CaseApi.ReachedLevel5 }),
            ("thuiszitter-periods", new { since = "2025-10-03", reason = "waiting for a place" }),
            ("thuiszitter-periods/end", new { on = "2025-10-10" }),
            ("escalations", new { to = "okt", on = "2025-10-11", reason = "family asks for help" }),
        };
        foreach (var (path, body) in changes)
        {
            await api.OkAsync(id, path, body);
            await AssertKeptAsync(api, school, pupil, id, path);
        }

        Assert.Equal(HttpStatusCode.Created, (await api.ReferAsync(id, "so", "high", heldOn: "2025-10-15")).StatusCode);
        await AssertKeptAsync(api, school, pupil, id, "ot-meetings");
        await api.OkAsync(id, "referral/withdrawal", new { on = "2025-11-01", reason = "a place nearby after all" });
        await AssertKeptAsync(api, school, pupil, id, "referral/withdrawal");

        var approach = await admin.PostAsJsonAsync("/api/v1/collective-approaches", new
        {
            name = "Kept answers class",
            needs = new[] { "language" },
            level = "cluster",
            targetId = clusters[0]!["id"]!.GetValue<Guid>(),
            schoolIds,
            startsOn = "2025-08-25",
            endsOn = "2026-07-10",
            expectedChildren = 4,
        });
        Assert.Equal(HttpStatusCode.Created, approach.StatusCode);
        await api.OkAsync(id, "collective-approach", new { approachId = CaseApi.Id(await ProblemAssert.BodyAsync(approach)) });
        await AssertKeptAsync(api, school, pupil, id, "collective-approach");

        await api.OkAsync(id, "closure", new { on = "2025-12-01", reason = "back in class" });
        await AssertKeptAsync(api, school, pupil, id, "closure");
    }

    [Fact]
    public async Task A_read_serves_the_kept_answer_until_the_case_changes()
    {
        var swv = platform.ClientAs("swv");
        var api = new CaseApi(swv);
        var school = (await CaseApi.SchoolsAsync(swv))[2]["id"]!.GetValue<Guid>();
        var id = CaseApi.Id(await api.OpenAsync(school, "kept-answer-2"));
        var probe = new DatabaseProbe(platform.ConnectionString);

        // An answer altered in the row itself is what a read then sends: the read took it as kept, without the aggregate.
        var kept = await KeptJsonAsync(probe, id);
        var altered = kept.Replace("\"kept-answer-2\"", "\"kept-answer-x\"", StringComparison.Ordinal);
        Assert.NotEqual(kept, altered);
        await probe.ScalarAsync($"UPDATE {Cases} SET Answer = $answer WHERE Id = $id", ("answer", Encoding.UTF8.GetBytes(altered)), ("id", DatabaseProbe.Text(id)));

        Assert.Equal(altered, await swv.GetStringAsync($"{CaseApi.Base}/{id}"));
        Assert.Contains(altered, await swv.GetStringAsync($"{CaseApi.Base}?schoolId={school}&pageSize=100"), StringComparison.Ordinal);

        var changed = await api.OkAsync(id, "involvements", new { party = "child", on = "2025-09-05" });
        Assert.Equal(changed.ToJsonString(), await swv.GetStringAsync($"{CaseApi.Base}/{id}"));
    }

    [Theory]
    [InlineData("Answer = NULL")]
    [InlineData("AnswerShape = AnswerShape + 1")]
    public async Task A_case_kept_without_an_answer_or_under_another_shape_is_answered_from_its_aggregate(string unkept)
    {
        var swv = platform.ClientAs("swv");
        var api = new CaseApi(swv);
        var school = (await CaseApi.SchoolsAsync(swv))[4]["id"]!.GetValue<Guid>();
        var pupil = $"kept-answer-{(unkept.StartsWith("Answer ", StringComparison.Ordinal) ? "none" : "shape")}";
        var id = CaseApi.Id(await api.OpenAsync(school, pupil));
        var answer = await api.OkAsync(id, "involvements", new { party = "parents", on = "2025-09-10" });
        var probe = new DatabaseProbe(platform.ConnectionString);
        // The stored answer is altered as well, so serving it by mistake would show.
        await probe.ScalarAsync($"UPDATE {Cases} SET Answer = $altered WHERE Id = $id", ("altered", Encoding.UTF8.GetBytes("{}")), ("id", DatabaseProbe.Text(id)));
        await probe.ScalarAsync($"UPDATE {Cases} SET {unkept} WHERE Id = $id", ("id", DatabaseProbe.Text(id)));

        var read = await swv.GetAsync($"{CaseApi.Base}/{id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(answer.ToJsonString(), await read.Content.ReadAsStringAsync());
        Assert.Equal($"\"{answer["version"]}\"", read.Headers.ETag!.Tag);
        var page = (await swv.GetFromJsonAsync<JsonObject>($"{CaseApi.Base}?schoolId={school}&pageSize=100"))!;
        Assert.Equal(answer.ToJsonString(), page["items"]!.AsArray().Single(c => CaseApi.Id(c!.AsObject()) == id)!.ToJsonString());
    }

    [Fact]
    public async Task Cases_saved_before_answers_were_kept_get_theirs_without_a_new_version()
    {
        var swv = platform.ClientAs("swv");
        var api = new CaseApi(swv);
        var school = (await CaseApi.SchoolsAsync(swv))[5]["id"]!.GetValue<Guid>();
        var id = CaseApi.Id(await api.OpenAsync(school, "kept-answer-old"));
        var answer = await api.OkAsync(id, "involvements", new { party = "parents", on = "2025-09-10" });
        var probe = new DatabaseProbe(platform.ConnectionString);
        await probe.ScalarAsync($"UPDATE {Cases} SET Answer = NULL, AnswerShape = NULL WHERE Id = $id", ("id", DatabaseProbe.Text(id)));

        using (var scope = platform.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseAnswerBackfill>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(answer.ToJsonString(), await KeptJsonAsync(probe, id));
        Assert.Equal(0, await probe.CountAsync($"SELECT COUNT(*) FROM {Cases} WHERE Answer IS NULL OR AnswerShape IS NULL"));
        Assert.Equal(answer["version"]!.GetValue<string>(), TestSql.Text(await probe.ScalarAsync($"SELECT Version FROM {Cases} WHERE Id = $id", ("id", DatabaseProbe.Text(id)))));
    }

    private static async Task<string> KeptJsonAsync(DatabaseProbe probe, Guid id)
    {
        var bytes = await probe.ScalarAsync($"SELECT Answer FROM {Cases} WHERE Id = $id", ("id", DatabaseProbe.Text(id)));
        return Encoding.UTF8.GetString(Assert.IsType<byte[]>(bytes));
    }

    private static async Task AssertKeptAsync(CaseApi api, Guid school, string pupil, Guid id, string after)
    {
        var lookup = await api.LookUpAsync(school, pupil);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        var built = (await lookup.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Single()!.ToJsonString();

        var read = await api.Client.GetAsync($"{CaseApi.Base}/{id}");
        var kept = await read.Content.ReadAsStringAsync();

        Assert.True(built == kept, $"After {after} the kept answer differs from the aggregate's:\n{kept}\n{built}");
        Assert.Equal($"\"{JsonNode.Parse(kept)!["version"]}\"", read.Headers.ETag!.Tag);
    }
}
