using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// A school year's figures closed as published (docs/adr/0052): only an ended year, once, by the
/// SWV or the admin; reopened only with a reason; each step audited and published with its revision;
/// a closed year refuses a change of its target. Each test closes years of its own, long past.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FiguresClosureTests(PlatformFactory platform)
{
    [Fact]
    public async Task Closing_an_ended_year_answers_the_closure_with_revision_1_as_its_ETag_and_reads_back_the_same()
    {
        var swv = platform.ClientAs(Roles.Swv);

        var closed = await CloseAsync(swv, "1991-1992", new { note = "As presented to the board." });
        var read = await swv.GetAsync(Closure("1991-1992"));

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("\"1\"", closed.Headers.ETag?.Tag);
        var body = await ProblemAssert.BodyAsync(closed);
        Assert.Equal("1991-1992", body["schoolYear"]!.GetValue<string>());
        Assert.Equal("closed", body["status"]!.GetValue<string>());
        Assert.Equal(1, body["revision"]!.GetValue<int>());
        Assert.StartsWith("test-", body["closedBy"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(body["closedAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddMinutes(-5));
        var step = body["history"]!.AsArray().Single()!;
        Assert.Equal(("closed", "As presented to the board."), (step["action"]!.GetValue<string>(), step["note"]!.GetValue<string>()));
        Assert.Equal(closed.Headers.ETag, read.Headers.ETag);
        Assert.Equal(body.ToJsonString(), (await ProblemAssert.BodyAsync(read)).ToJsonString());
    }

    [Fact]
    public async Task A_year_nobody_closed_reads_as_open_at_revision_0_for_the_analyst_too()
    {
        var read = await platform.ClientAs(Roles.Analyst).GetAsync(Closure("1980-1981"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"0\"", read.Headers.ETag?.Tag);
        Assert.Equal("{\"schoolYear\":\"1980-1981\",\"status\":\"open\",\"closedAt\":null,\"closedBy\":null,\"revision\":0,\"history\":[]}",
            await read.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("2026-2027")]
    [InlineData("2030-2031")]
    public async Task A_year_that_has_not_ended_is_refused_with_school_year_not_ended_and_nothing_is_stored(string year)
    {
        // The platform's clock is the real one: the current school year ends next summer at the earliest.
        var refused = await CloseAsync(platform.Admin(), year, new { });

        await ProblemAssert.AssertRuleAsync(refused, "school-year-not-ended");
        Assert.Equal(0, await platform.CountAsync($"select count(*) from monitoring_school_year_figures where SchoolYearStart = {year[..4]}"));
        Assert.Equal(0, await OutboxAsync("Closed", year));
    }

    [Fact]
    public async Task Closing_a_closed_year_again_is_refused_with_school_year_closed_and_publishes_nothing_more()
    {
        var admin = platform.Admin();
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(admin, "1992-1993", new { })).StatusCode);

        var again = await CloseAsync(admin, "1992-1993", new { note = "once more" });

        await ProblemAssert.AssertRuleAsync(again, "school-year-closed");
        Assert.Equal(1, await OutboxAsync("Closed", "1992-1993"));
        Assert.Equal(1, (await ReadAsync(admin, "1992-1993"))["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_reopening_needs_a_reason_without_pupil_identifiers_and_within_its_bound()
    {
        var swv = platform.ClientAs(Roles.Swv);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(swv, "1993-1994", new { })).StatusCode);

        var none = await ReopenAsync(swv, "1993-1994", new { });
        var empty = await ReopenAsync(swv, "1993-1994", new { reason = "" });
        var blank = await ReopenAsync(swv, "1993-1994", new { reason = "   " });
        var bsn = await ReopenAsync(swv, "1993-1994", new { reason = "Correction for pupil 111222333" });
        var tooLong = await ReopenAsync(swv, "1993-1994", new { reason = new string('x', 1001) });

        foreach (var refused in new[] { none, empty, blank, bsn, tooLong })
        {
            await ProblemAssert.AssertFieldAsync(refused, "reason");
        }

        Assert.Equal("closed", (await ReadAsync(swv, "1993-1994"))["status"]!.GetValue<string>());
        Assert.Equal(0, await OutboxAsync("Reopened", "1993-1994"));
    }

    [Fact]
    public async Task Reopening_an_open_year_is_refused_with_school_year_not_closed()
    {
        var admin = platform.Admin();

        var never = await ReopenAsync(admin, "1981-1982", new { reason = "to be sure" });
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(admin, "1994-1995", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReopenAsync(admin, "1994-1995", new { reason = "late corrections" })).StatusCode);
        var twice = await ReopenAsync(admin, "1994-1995", new { reason = "again" });

        await ProblemAssert.AssertRuleAsync(never, "school-year-not-closed");
        await ProblemAssert.AssertRuleAsync(twice, "school-year-not-closed");
        Assert.Equal(0, await platform.CountAsync("select count(*) from monitoring_school_year_figures where SchoolYearStart = 1981"));
    }

    [Fact]
    public async Task A_target_change_is_refused_in_a_closed_year_and_accepted_after_reopening()
    {
        var admin = platform.Admin();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/monitoring/targets/1995-1996", new { reductionPct = 10m })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(admin, "1995-1996", new { })).StatusCode);

        var refused = await admin.PutAsJsonAsync("/api/v1/monitoring/targets/1995-1996", new { reductionPct = 20m });
        var firstInClosedYear = await CloseAndSetAsync(admin, "1996-1997");
        Assert.Equal(HttpStatusCode.OK, (await ReopenAsync(admin, "1995-1996", new { reason = "The board agreed a different target afterwards." })).StatusCode);
        var accepted = await admin.PutAsJsonAsync("/api/v1/monitoring/targets/1995-1996", new { reductionPct = 20m });

        await ProblemAssert.AssertRuleAsync(refused, "school-year-closed");
        await ProblemAssert.AssertRuleAsync(firstInClosedYear, "school-year-closed");
        Assert.Equal(0, await platform.CountAsync("select count(*) from monitoring_targets where SchoolYearStart = 1996"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(20m, (await admin.GetFromJsonAsync<JsonObject>("/api/v1/monitoring/targets/1995-1996"))!["reductionPct"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Each_closing_and_reopening_is_published_through_the_outbox_with_the_years_revision()
    {
        var swv = platform.ClientAs(Roles.Swv);

        await CloseAsync(swv, "1997-1998", new { });
        await ReopenAsync(swv, "1997-1998", new { reason = "Imported history arrived." });
        var last = await CloseAsync(swv, "1997-1998", new { });

        Assert.Equal("\"3\"", last.Headers.ETag?.Tag);
        var payloads = await new DatabaseProbe(platform.ConnectionString).StringsAsync(
            "select Payload from monitoring_outbox_messages where Type like '%SchoolYearFigures%' and Payload like '%\"schoolYear\":\"1997-1998\"%'");
        var events = payloads.Select(p => JsonNode.Parse(p)!.AsObject()).OrderBy(e => e["revision"]!.GetValue<int>()).ToList();
        Assert.Equal([1, 2, 3], events.Select(e => e["revision"]!.GetValue<int>()));
        Assert.NotNull(events[0]["closedAt"]);
        Assert.Equal("Imported history arrived.", events[1]["reason"]!.GetValue<string>());
        Assert.NotNull(events[1]["reopenedAt"]);
        var history = (await ReadAsync(swv, "1997-1998"))["history"]!.AsArray();
        Assert.Equal(["closed", "reopened", "closed"], history.Select(s => s!["action"]!.GetValue<string>()));
        Assert.Equal("Imported history arrived.", history[1]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Closings_and_reopenings_are_in_the_audit_trail_refused_ones_too()
    {
        var admin = platform.Admin();
        var closings = await AuditAsync("CloseFigures");
        var reopenings = await AuditAsync("ReopenFigures");
        var refused = await RefusedAsync();

        await CloseAsync(admin, "1998-1999", new { });
        await ReopenAsync(admin, "1998-1999", new { reason = "A correction of the thuiszitter count." });
        await ReopenAsync(platform.ClientAs(Roles.School, schools: [Guid.NewGuid()]), "1998-1999", new { reason = "not mine" });

        Assert.Equal(closings + 1, await AuditAsync("CloseFigures"));
        Assert.Equal(reopenings + 2, await AuditAsync("ReopenFigures"));
        Assert.Equal(refused + 1, await RefusedAsync());
    }

    [Theory]
    [InlineData(Roles.School)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Treasurer)]
    [InlineData(Roles.Analyst)]
    public async Task Only_the_swv_and_the_admin_close_and_reopen(string role)
    {
        var caller = platform.ClientAs(role, schools: role == Roles.School ? [Guid.NewGuid()] : null);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(platform.Admin(), YearFor(role), new { })).StatusCode);

        var close = await CloseAsync(caller, "1982-1983", new { });
        var reopen = await ReopenAsync(caller, YearFor(role), new { reason = "let me" });

        await Figures.ProblemAsync(close, HttpStatusCode.Forbidden);
        await Figures.ProblemAsync(reopen, HttpStatusCode.Forbidden);
        Assert.Equal("closed", (await ReadAsync(platform.Admin(), YearFor(role)))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Roles.School)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Treasurer)]
    public async Task Only_those_who_read_monitoring_read_a_closure(string role)
    {
        var read = await platform.ClientAs(role, schools: role == Roles.School ? [Guid.NewGuid()] : null).GetAsync(Closure("1980-1981"));

        await Figures.ProblemAsync(read, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_and_changes_nothing()
    {
        var admin = platform.Admin();
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(admin, "1999-2000", new { })).StatusCode);

        var staleReopen = await SendAsync(admin, "reopening", "1999-2000", new { reason = "late" }, "\"0\"");
        var staleClose = await SendAsync(admin, "closure", "1983-1984", new { }, "\"1\"");
        var current = await SendAsync(admin, "reopening", "1999-2000", new { reason = "late" }, "\"1\"");

        await Figures.ProblemAsync(staleReopen, HttpStatusCode.PreconditionFailed);
        await Figures.ProblemAsync(staleClose, HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("\"2\"", current.Headers.ETag?.Tag);
        Assert.Equal(0, await platform.CountAsync("select count(*) from monitoring_school_year_figures where SchoolYearStart = 1983"));
    }

    private static string YearFor(string role) => role switch
    {
        Roles.School => "1984-1985",
        Roles.Coordinator => "1985-1986",
        Roles.Treasurer => "1986-1987",
        _ => "1987-1988",
    };

    private static string Closure(string year) => $"/api/v1/monitoring/years/{year}/closure";

    private static Task<HttpResponseMessage> CloseAsync(HttpClient client, string year, object body) => SendAsync(client, "closure", year, body, null);

    private static Task<HttpResponseMessage> ReopenAsync(HttpClient client, string year, object body) => SendAsync(client, "reopening", year, body, null);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string action, string year, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/monitoring/years/{year}/{action}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, string year) => (await client.GetFromJsonAsync<JsonObject>(Closure(year)))!;

    private static async Task<HttpResponseMessage> CloseAndSetAsync(HttpClient admin, string year)
    {
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(admin, year, new { })).StatusCode);
        return await admin.PutAsJsonAsync($"/api/v1/monitoring/targets/{year}", new { reductionPct = 15m });
    }

    private Task<long> OutboxAsync(string what, string year) =>
        platform.CountAsync($"select count(*) from monitoring_outbox_messages where Type like '%SchoolYearFigures{what}IntegrationEvent%' and Payload like '%\"schoolYear\":\"{year}\"%'");

    private Task<long> AuditAsync(string action) => platform.CountAsync($"select count(*) from audit_records where Action = '{action}'");

    private Task<long> RefusedAsync() =>
        platform.CountAsync("select count(*) from audit_records where Action = 'ReopenFigures' and Status = 403 and ObjectType = 'school-year-figures'");
}
