using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using Microsoft.IdentityModel.JsonWebTokens;
using static GeenKindDeBuurtUit.SupportCases.Tests.History.HistoryApi;

namespace GeenKindDeBuurtUit.SupportCases.Tests.History;

/// <summary>The SWV's referral counts of years before the platform: all or nothing, replaced as a whole, one event per school.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReferralHistoryImportTests(PlatformFactory platform)
{
    private readonly HistoryApi api = new(platform);

    [Fact]
    public async Task An_import_is_stored_answered_in_totals_and_published_per_school()
    {
        var schools = await api.SchoolsAsync();

        var answer = await OkAsync(await api.PutAsync(Referrals, "1999-2000", new
        {
            source = "Jaarverslag 1999-2000",
            rows = new[] { Row(schools[0].School, 3, 1, 2, 0), Row(schools[1].School, 1, 0, 0, 4) },
        }));

        Assert.Equal("1999-2000", answer["schoolYear"]!.GetValue<string>());
        Assert.Equal("Jaarverslag 1999-2000", answer["source"]!.GetValue<string>());
        Assert.Equal(2, answer["schools"]!.GetValue<int>());
        Assert.Equal("""{"sbo":4,"soLow":1,"soMedium":2,"soHigh":4}""", answer["referrals"]!.ToJsonString());
        Assert.False(answer["replaced"]!.GetValue<bool>());
        Assert.False(answer["dryRun"]!.GetValue<bool>());

        var read = await api.Client.GetAsync($"{Referrals}/1999-2000");
        var stored = await OkAsync(read);
        Assert.NotNull(read.Headers.ETag);
        Assert.Equal(1, stored["revision"]!.GetValue<int>());
        Assert.Equal(2, stored["rows"]!.AsArray().Count);
        Assert.Equal(3, stored["rows"]!.AsArray().Single(r => r!["schoolId"]!.GetValue<Guid>() == schools[0].School)!["sbo"]!.GetValue<int>());
        Assert.Equal(4, stored["totals"]!["soHigh"]!.GetValue<int>());

        var events = await api.EventsAsync("ReferralHistoryImported", "1999-2000");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal((1, false, "Jaarverslag 1999-2000"), (e["revision"]!.GetValue<int>(), e["removed"]!.GetValue<bool>(), e["source"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_imports_audit_record_carries_its_source_and_counts()
    {
        var schools = await api.SchoolsAsync();
        var token = platform.Tokens.Valid(["swv"]);
        var swv = platform.CreateClient();
        swv.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var imports = new HistoryApi(platform, swv);

        await OkAsync(await imports.PutAsync(Referrals, "1977-1978", new { source = "Jaarverslag 1977", rows = new[] { Row(schools[5].School, 3, 1, 0, 2) } }));
        await OkAsync(await imports.PutAsync(Referrals, "1977-1978", new { source = "Jaarverslag 1977, herzien", rows = new[] { Row(schools[5].School, 4, 0, 5) } }));

        var audit = await OkAsync(await platform.Admin().GetAsync($"/api/v1/audit?actor={new JsonWebToken(token).Subject}"));
        Assert.Equal(
            [
                "source=\"Jaarverslag 1977, herzien\"; schools=1; sbo=4; soLow=0; soMedium=5; soHigh=0; revision=2; replaced=true",
                "source=\"Jaarverslag 1977\"; schools=1; sbo=3; soLow=1; soMedium=0; soHigh=2; revision=1; replaced=false",
            ],
            audit["items"]!.AsArray().Select(r => r!["detail"]!.GetValue<string>()));
        Assert.All(audit["items"]!.AsArray(), r => Assert.Equal(("ImportReferralHistory", "referral-history", 200), (r!["action"]!.GetValue<string>(), r["objectType"]!.GetValue<string>(), r["status"]!.GetValue<int>())));
    }

    [Fact]
    public async Task A_replacement_that_adds_a_school_stores_it_beside_the_one_it_keeps()
    {
        var schools = await api.SchoolsAsync();
        await OkAsync(await api.PutAsync(Referrals, "1976-1977", new { source = "a", rows = new[] { Row(schools[7].School, 3) } }));

        var answer = await OkAsync(await api.PutAsync(Referrals, "1976-1977", new { source = "b", rows = new[] { Row(schools[7].School, 3), Row(schools[8].School, 1) } }));

        Assert.Equal((2, true), (answer["schools"]!.GetValue<int>(), answer["replaced"]!.GetValue<bool>()));
        var stored = await OkAsync(await api.Client.GetAsync($"{Referrals}/1976-1977"));
        Assert.Equal((2, 2), (stored["revision"]!.GetValue<int>(), stored["rows"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_replacement_publishes_the_dropped_school_as_removed_with_a_higher_revision_and_takes_if_match()
    {
        var schools = await api.SchoolsAsync();
        await OkAsync(await api.PutAsync(Referrals, "1998-1999", new { source = "first", rows = new[] { Row(schools[2].School, 2), Row(schools[3].School, 5) } }));
        var etag = (await api.Client.GetAsync($"{Referrals}/1998-1999")).Headers.ETag!.Tag;

        var stale = await api.PutAsync(Referrals, "1998-1999", new { source = "second", rows = new[] { Row(schools[2].School, 7) } }, ifMatch: "\"999\"");
        await ProblemAssert.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var answer = await OkAsync(await api.PutAsync(Referrals, "1998-1999", new { source = "second", rows = new[] { Row(schools[2].School, 7) } }, ifMatch: etag));

        Assert.True(answer["replaced"]!.GetValue<bool>());
        var events = await api.EventsAsync("ReferralHistoryImported", "1998-1999");
        var second = events.Where(e => e["revision"]!.GetValue<int>() == 2).ToList();
        Assert.Equal(4, events.Count);
        var removed = Assert.Single(second, e => e["removed"]!.GetValue<bool>());
        Assert.Equal((schools[3].School, 0, "second"), (removed["schoolId"]!.GetValue<Guid>(), removed["sbo"]!.GetValue<int>(), removed["source"]!.GetValue<string>()));
        Assert.Equal(7, Assert.Single(second, e => !e["removed"]!.GetValue<bool>())["sbo"]!.GetValue<int>());
        var stored = await OkAsync(await api.Client.GetAsync($"{Referrals}/1998-1999"));
        Assert.Equal(2, stored["revision"]!.GetValue<int>());
        Assert.Single(stored["rows"]!.AsArray());
    }

    [Fact]
    public async Task An_empty_import_clears_the_year_removing_every_school()
    {
        var schools = await api.SchoolsAsync();
        await OkAsync(await api.PutAsync(Referrals, "2011-2012", new { source = "first", rows = new[] { Row(schools[4].School, 2) } }));

        var answer = await OkAsync(await api.PutAsync(Referrals, "2011-2012", new { source = "cleared", rows = Array.Empty<object>() }));

        Assert.Equal(0, answer["schools"]!.GetValue<int>());
        Assert.Empty((await OkAsync(await api.Client.GetAsync($"{Referrals}/2011-2012")))["rows"]!.AsArray());
        Assert.Single(await api.EventsAsync("ReferralHistoryImported", "2011-2012"), e => e["removed"]!.GetValue<bool>() && e["revision"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task Wrong_rows_of_a_json_body_are_named_by_their_path_and_nothing_is_stored()
    {
        var schools = await api.SchoolsAsync();

        var bounds = await api.PutAsync(Referrals, "1997-1998", new { source = "x", rows = new[] { Row(schools[0].School), Row(schools[1].School, soLow: -1) } });
        await ProblemAssert.AssertFieldAsync(bounds, "rows[1].soLow");

        var unknownAndTwice = await api.PutAsync(Referrals, "1997-1998", new
        {
            source = "x",
            rows = new[] { Row(Guid.NewGuid()), Row(schools[0].School), Row(schools[0].School) },
        });
        var problem = await ProblemAssert.ProblemAsync(unknownAndTwice, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["rows[0].schoolId", "rows[2].schoolId"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("rows[1]", errors["rows[2].schoolId"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        await ProblemAssert.AssertFieldAsync(await api.PutAsync(Referrals, "1997-1998", new { source = "", rows = Array.Empty<object>() }), "source");
        Assert.Equal(0, await api.StoredAsync("referral_histories", 1997));
        Assert.Empty(await api.EventsAsync("ReferralHistoryImported", "1997-1998"));
    }

    [Fact]
    public async Task A_csv_file_with_a_comment_is_imported_and_its_wrong_lines_are_named_by_line_and_column()
    {
        var schools = await api.SchoolsAsync();
        var file = $"# The figures of this file are invented.\r\nschoolId,sbo,soLow,soMedium,soHigh\r\n{schools[5].School},1,2,3,4\r\n{schools[6].School},0,1,0,0\r\n";

        var answer = await OkAsync(await api.PutCsvAsync(Referrals, "1996-1997", file, "?source=Jaarverslag%201996"));
        Assert.Equal(2, answer["schools"]!.GetValue<int>());
        Assert.Equal("Jaarverslag 1996", (await OkAsync(await api.Client.GetAsync($"{Referrals}/1996-1997")))["source"]!.GetValue<string>());

        var wrong = $"# invented\nschoolId,sbo,soLow,soMedium,soHigh\n{schools[5].School},1,2,3,4\n{schools[6].School},0,-1,0,0\n{Guid.NewGuid()},0,0,0,0\n{schools[5].School},x,0,0,0\n";
        var problem = await ProblemAssert.ProblemAsync(await api.PutCsvAsync(Referrals, "1996-1997", wrong, "?source=again"), HttpStatusCode.BadRequest);
        Assert.Equal(["line 4, soLow", "line 5, schoolId", "line 6, sbo"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(1, (await OkAsync(await api.Client.GetAsync($"{Referrals}/1996-1997")))["revision"]!.GetValue<int>());

        var twice = $"schoolId,sbo,soLow,soMedium,soHigh\n{schools[5].School},1,2,3,4\n{schools[5].School},1,2,3,4\n";
        var repeated = await ProblemAssert.AssertFieldAsync(await api.PutCsvAsync(Referrals, "1996-1997", twice, "?source=again"), "line 3, schoolId");
        Assert.Contains("line 2", repeated[0], StringComparison.Ordinal);

        await ProblemAssert.AssertFieldAsync(await api.PutCsvAsync(Referrals, "1996-1997", file), "source");
        var other = new HttpRequestMessage(HttpMethod.Put, $"{Referrals}/1996-1997") { Content = new StringContent("x", System.Text.Encoding.UTF8, "text/plain") };
        await ProblemAssert.ProblemAsync(await api.Client.SendAsync(other), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_file_may_name_its_schools_by_brin()
    {
        var admin = platform.Admin();
        var boardId = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/boards"))![0]!["id"]!.GetValue<Guid>();
        var areaId = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/areas"))![0]!["id"]!.GetValue<Guid>();
        var cluster = await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "History BRIN cluster", areaId });
        Assert.Equal(HttpStatusCode.Created, cluster.StatusCode);
        var clusterId = (await ProblemAssert.BodyAsync(cluster))["id"]!.GetValue<Guid>();
        var registered = await admin.PostAsJsonAsync("/api/v1/schools", new { name = "History BRIN school", brin = "99ZZ", boardId, clusterId });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var schoolId = (await ProblemAssert.BodyAsync(registered))["id"]!.GetValue<Guid>();
        await Eventually.AssertAsync(async () => await platform.CountAsync("select count(*) from support_cases_school_brins where Brin = '99ZZ'") == 1, "the module knows the BRIN");

        var answer = await OkAsync(await api.PutCsvAsync(Referrals, "1995-1996", "brin,sbo,soLow,soMedium,soHigh\n99zz,2,0,0,1\n", "?source=DUO"));

        Assert.Equal(1, answer["schools"]!.GetValue<int>());
        var row = Assert.Single((await OkAsync(await api.Client.GetAsync($"{Referrals}/1995-1996")))["rows"]!.AsArray())!;
        Assert.Equal(schoolId, row["schoolId"]!.GetValue<Guid>());
        await ProblemAssert.AssertFieldAsync(await api.PutCsvAsync(Referrals, "1995-1996", "brin,sbo,soLow,soMedium,soHigh\n00XX,2,0,0,1\n", "?source=DUO"), "line 2, brin");
        await ProblemAssert.AssertFieldAsync(await api.PutCsvAsync(Referrals, "1995-1996", $"schoolId,brin,sbo,soLow,soMedium,soHigh\n{schoolId},99ZZ,2,0,0,1\n", "?source=DUO"), "line 1, column 2");
    }

    [Fact]
    public async Task A_dry_run_answers_as_an_import_and_stores_and_publishes_nothing()
    {
        var schools = await api.SchoolsAsync();

        var answer = await OkAsync(await api.PutAsync(Referrals, "1994-1995", new { source = "dry", rows = new[] { Row(schools[7].School, 2, 1) } }, "?dryRun=true"));
        var file = await OkAsync(await api.PutCsvAsync(Referrals, "1994-1995", $"schoolId,sbo,soLow,soMedium,soHigh\n{schools[7].School},1,0,0,0\n", "?dryRun=true&source=dry"));

        Assert.True(answer["dryRun"]!.GetValue<bool>());
        Assert.Equal(3, answer["referrals"]!["sbo"]!.GetValue<int>() + answer["referrals"]!["soLow"]!.GetValue<int>());
        Assert.True(file["dryRun"]!.GetValue<bool>());
        Assert.Equal(0, await api.StoredAsync("referral_histories", 1994));
        Assert.Empty(await api.EventsAsync("ReferralHistoryImported", "1994-1995"));
        await ProblemAssert.ProblemAsync(await api.Client.GetAsync($"{Referrals}/1994-1995"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/referral-history")]
    [InlineData("/api/v1/thuiszitter-history")]
    public async Task Reading_a_year_whose_end_is_not_the_year_after_its_start_names_the_year(string resource)
    {
        var api = new HistoryApi(platform);

        await ProblemAssert.AssertFieldAsync(await api.Client.GetAsync($"{resource}/2026-2025"), "schoolYear");
    }

    [Fact]
    public async Task A_year_that_has_not_ended_is_refused()
    {
        var schools = await api.SchoolsAsync();
        var current = GeenKindDeBuurtUit.BuildingBlocks.Domain.SchoolYear.Of(DateOnly.FromDateTime(DateTime.UtcNow));

        await ProblemAssert.AssertRuleAsync(await api.PutAsync(Referrals, current.ToString(), new { source = "x", rows = new[] { Row(schools[0].School) } }), "school-year-not-ended");
        await ProblemAssert.AssertRuleAsync(await api.PutAsync(Referrals, current.Next.ToString(), new { source = "x", rows = Array.Empty<object>() }), "school-year-not-ended");
    }

    [Fact]
    public async Task A_school_whose_year_holds_recorded_referrals_is_refused_with_409_naming_it_until_they_are_withdrawn()
    {
        var schools = await api.SchoolsAsync();
        var school = schools[8].School;
        var cases = new CaseApi(platform.ClientAs("swv"));
        var id = await cases.AtLevelFiveInAsync(school, "history-recorded-1", 2007);
        Assert.Equal(HttpStatusCode.Created, (await cases.ReferAsync(id, heldOn: "2007-10-15")).StatusCode);

        var problem = await ProblemAssert.ProblemAsync(
            await api.PutAsync(Referrals, "2007-2008", new { source = "x", rows = new[] { Row(school), Row(schools[9].School) } }), HttpStatusCode.Conflict);

        Assert.Equal("year-has-recorded-referrals", problem["code"]!.GetValue<string>());
        Assert.Equal([school], problem["schoolIds"]!.AsArray().Select(s => s!.GetValue<Guid>()));
        Assert.Equal(0, await api.StoredAsync("referral_histories", 2007));

        await cases.OkAsync(id, "referral/withdrawal", new { on = "2007-11-01", reason = "an arrangement was found" });
        await OkAsync(await api.PutAsync(Referrals, "2007-2008", new { source = "x", rows = new[] { Row(school), Row(schools[9].School) } }));
    }

    [Fact]
    public async Task A_referral_recorded_in_a_year_imported_for_its_school_is_refused_as_it_would_count_twice()
    {
        var schools = await api.SchoolsAsync();
        var cases = new CaseApi(platform.ClientAs("swv"));
        var id = await cases.AtLevelFiveInAsync(schools[10].School, "history-twice-1", 2006);
        var elsewhere = await cases.AtLevelFiveInAsync(schools[11].School, "history-twice-2", 2006);
        await OkAsync(await api.PutAsync(Referrals, "2006-2007", new { source = "x", rows = new[] { Row(schools[10].School, 4) } }));

        await ProblemAssert.AssertRuleAsync(await cases.ReferAsync(id, heldOn: "2006-10-15"), "year-has-imported-history");
        Assert.Equal(HttpStatusCode.Created, (await cases.ReferAsync(elsewhere, heldOn: "2006-10-15")).StatusCode);
    }

    [Theory]
    [InlineData("school")]
    [InlineData("analyst")]
    [InlineData("treasurer")]
    [InlineData("coordinator")]
    public async Task Only_the_swv_and_the_admin_import_and_read_history(string role)
    {
        var schools = await api.SchoolsAsync();
        var other = new HistoryApi(platform, platform.ClientAs(role, schools: [schools[0].School]));

        await ProblemAssert.ProblemAsync(await other.PutAsync(Referrals, "2013-2014", new { source = "x", rows = new[] { Row(schools[0].School) } }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await other.PutAsync(Thuiszitters, "2013-2014", new { source = "x", rows = new[] { new { areaId = schools[0].Area, count = 1 } } }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await other.Client.GetAsync($"{Referrals}/2013-2014"), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await other.Client.GetAsync($"{Thuiszitters}/2013-2014"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Every_import_is_in_the_audit_trail_with_its_actor_and_outcome()
    {
        var schools = await api.SchoolsAsync();
        var subject = $"history-auditor-{Guid.NewGuid():N}";
        var swv = platform.CreateClient();
        swv.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.Create(["swv"], subject: subject));
        var audited = new HistoryApi(platform, swv);

        await OkAsync(await audited.PutAsync(Referrals, "2002-2003", new { source = "audited", rows = new[] { Row(schools[12].School, 1) } }));
        await OkAsync(await audited.PutAsync(Thuiszitters, "2002-2003", new { source = "audited", rows = new[] { new { areaId = schools[12].Area, count = 2 } } }));

        var trail = (await platform.Admin().GetFromJsonAsync<JsonObject>($"/api/v1/audit?actor={subject}"))!["items"]!.AsArray();
        Assert.Equal(
            ["ImportReferralHistory:referral-history", "ImportThuiszitterHistory:thuiszitter-history"],
            trail.Select(r => $"{r!["action"]}:{r["objectType"]}").Order(StringComparer.Ordinal));
        Assert.All(trail, r => Assert.Equal("allowed", r!["outcome"]!.GetValue<string>()));
    }
}
