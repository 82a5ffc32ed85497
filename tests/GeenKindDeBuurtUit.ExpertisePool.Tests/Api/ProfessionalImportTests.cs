using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>
/// A coordinator imports the pool's professionals from a CSV file: all or nothing, errors by line
/// and column, a dry run, and a second import that creates nothing. Each test owns an organisation,
/// so what it counts is its own. It owns no expertise: what it imported is deactivated after each
/// test, so no other test's matching meets it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProfessionalImportTests(PlatformFactory platform) : IAsyncLifetime
{
    private readonly HashSet<Guid> _imported = [];

    private const string Import = "/api/v1/professionals/import";
    private const string Header = "name,organisation,expertise,areaIds,hoursPerWeek";

    private static readonly Guid Osdorp = PilotIds.Osdorp;

    [Fact]
    public async Task A_file_with_a_byte_order_mark_crlf_and_quoted_commas_is_imported_and_a_second_import_creates_nothing()
    {
        var organisation = Organisation();
        var file = Lines(
            Header,
            $"\"Jansen, P.\",{organisation},tos;language,{Osdorp};{PilotIds.BosEnLommer},12.5",
            $"\"Said \"\"Sam\"\" El Idrissi\",{organisation},behaviour,{Osdorp},8",
            $"A. de Vries,{organisation},learning, {Osdorp} ,16");
        var auditsBefore = await platform.CountAsync("select count(*) from audit_records where Action = 'ImportProfessionals'");

        var first = await ImportAsync(Coordinator(), Bytes(file, bom: true));

        var body = await Created(first, HttpStatusCode.Created);
        Assert.False(body["dryRun"]!.GetValue<bool>());
        Assert.Equal([2, 3, 4], LinesOf(body["created"]));
        Assert.Empty(body["existing"]!.AsArray());
        Assert.Equal(3, await CountAsync(organisation));
        var jansen = await Coordinator().GetFromJsonAsync<JsonObject>($"/api/v1/professionals/{IdOf(body["created"], 2)}");
        Assert.Equal("Jansen, P.", jansen!["name"]!.GetValue<string>());
        Assert.Equal(["language", "tos"], jansen["expertise"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal([Osdorp, PilotIds.BosEnLommer], jansen["areaIds"]!.AsArray().Select(a => a!.GetValue<Guid>()));
        Assert.Equal(12.5m, jansen["hoursPerWeek"]!.GetValue<decimal>());
        var said = await Coordinator().GetFromJsonAsync<JsonObject>($"/api/v1/professionals/{IdOf(body["created"], 3)}");
        Assert.Equal("Said \"Sam\" El Idrissi", said!["name"]!.GetValue<string>());
        Assert.Equal(auditsBefore + 1, await platform.CountAsync("select count(*) from audit_records where Action = 'ImportProfessionals'"));

        // The same professionals, written otherwise (case, spaces, other hours): recognised, and left as they were.
        var again = Lines(
            Header,
            $"\"  jansen,   p. \",{organisation.ToUpperInvariant()},tos,{Osdorp},40",
            $"A.  de Vries,{organisation},learning,{Osdorp},16",
            $"Nieuw Lid,{organisation},newcomer,{Osdorp},4");
        var second = await Created(await ImportAsync(Coordinator(), Bytes(again.Replace("\r\n", "\n", StringComparison.Ordinal))), HttpStatusCode.Created);

        Assert.Equal([4], LinesOf(second["created"]));
        Assert.Equal([2, 3], LinesOf(second["existing"]));
        Assert.Equal(IdOf(body["created"], 2), IdOf(second["existing"], 2));
        Assert.Equal(IdOf(body["created"], 4), IdOf(second["existing"], 3));
        Assert.Equal(4, await CountAsync(organisation));
        var unchanged = await Coordinator().GetFromJsonAsync<JsonObject>($"/api/v1/professionals/{IdOf(body["created"], 2)}");
        Assert.Equal(12.5m, unchanged!["hoursPerWeek"]!.GetValue<decimal>());
        Assert.Equal("\"0\"", (await Coordinator().GetAsync($"/api/v1/professionals/{IdOf(body["created"], 2)}")).Headers.ETag!.Tag);

        var third = await Created(await ImportAsync(Coordinator(), Bytes(file, bom: true)), HttpStatusCode.Created);
        Assert.Empty(third["created"]!.AsArray());
        Assert.Equal([2, 3, 4], LinesOf(third["existing"]));
        Assert.Equal(4, await CountAsync(organisation));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_replays_the_first_answer()
    {
        var organisation = Organisation();
        var file = Bytes(Lines(Header, $"Eenmaal,{organisation},tos,{Osdorp},8"));
        var key = Guid.NewGuid().ToString();
        var coordinator = Coordinator();

        var first = await ImportAsync(coordinator, file, idempotencyKey: key);
        var retry = await ImportAsync(coordinator, file, idempotencyKey: key);

        var created = IdOf((await Created(first, HttpStatusCode.Created))["created"], 2);
        Assert.Equal(created, IdOf((await Created(retry, HttpStatusCode.Created))["created"], 2));
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await CountAsync(organisation));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_stores_nothing()
    {
        var organisation = Organisation();
        await Created(await ImportAsync(Coordinator(), Bytes(Lines(Header, $"Bestaand,{organisation},tos,{Osdorp},8"))), HttpStatusCode.Created);
        var file = Lines(Header, $"Bestaand,{organisation},tos,{Osdorp},8", $"Nieuw,{organisation},language,{Osdorp},6");

        var body = await Created(await ImportAsync(Coordinator(), Bytes(file), dryRun: true), HttpStatusCode.OK);

        Assert.True(body["dryRun"]!.GetValue<bool>());
        Assert.Equal([3], LinesOf(body["created"]));
        Assert.Null(body["created"]![0]!["id"]);
        Assert.Equal([2], LinesOf(body["existing"]));
        Assert.NotNull(body["existing"]![0]!["id"]);
        Assert.Equal(1, await CountAsync(organisation));

        var refused = await ImportAsync(Coordinator(), Bytes(Lines(Header, $"Nieuw,{organisation},language,{Osdorp},41")), dryRun: true);
        await AssertErrorsAsync(refused, organisation, 1, "line 2, hoursPerWeek");
    }

    [Fact]
    public async Task Every_wrong_line_is_told_by_line_and_column_together_and_nothing_is_stored()
    {
        var organisation = Organisation();
        var file = Lines(
            Header,
            $"Goed,{organisation},tos,{Osdorp},8",
            $"Te veel uren,{organisation},tos,{Osdorp},41",
            $"Onbekende expertise,{organisation},tos;sign-language,{Osdorp},8",
            $"Onbekend gebied,{organisation},tos,{Guid.NewGuid()},8",
            $"Geen id,{organisation},tos,{Osdorp};osdorp,8",
            $",{organisation},tos,{Osdorp},8",
            $"  goed ,{organisation},language,{Osdorp},4",
            $"Te weinig kolommen,{organisation},tos,{Osdorp}",
            $"Geen getal,{organisation},tos,{Osdorp},\"12,5\"",
            $"Leerling 111222333,{organisation},tos,{Osdorp},8",
            $"Geen expertise,{organisation},,{Osdorp},8",
            $"\"Twee\nregels\",{organisation},tos,{Osdorp},-1",
            $"Drie decimalen,{organisation},tos,{Osdorp},1.125",
            $"Geen gebied,{organisation},tos,;,8");

        var response = await ImportAsync(Coordinator(), Bytes(file));

        var errors = await AssertErrorsAsync(response, organisation, 0,
            "line 3, hoursPerWeek", "line 4, expertise", "line 5, areaIds", "line 6, areaIds", "line 7, name", "line 8, name", "line 9",
            "line 10, hoursPerWeek", "line 11, name", "line 12, expertise", "line 13, hoursPerWeek", "line 15, hoursPerWeek", "line 16, areaIds");
        Assert.Equal(["The same name and organisation as line 2."], Messages(errors, "line 8, name"));
        Assert.Equal(["Unknown area."], Messages(errors, "line 5, areaIds"));
        Assert.Equal(["The line has 4 values; the header has 5 columns."], Messages(errors, "line 9"));
        Assert.DoesNotContain("111222333", errors.ToJsonString(), StringComparison.Ordinal);
        Assert.StartsWith("'line 11, name' holds what reads as a citizen service number", Messages(errors, "line 11, name")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("sign-language", errors.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(
            ["line 3, hoursPerWeek", "line 4, expertise", "line 5, areaIds", "line 6, areaIds", "line 7, name", "line 8, name", "line 9"],
            errors.Select(e => e.Key).Take(7));
    }

    [Theory]
    [InlineData("name,organisation,expertise,areaIds", "line 1, hoursPerWeek")]
    [InlineData("name,organisation,expertise,areaIds,hoursperweek", "line 1, column 5|line 1, hoursPerWeek")]
    [InlineData("name,organisation,expertise,areaIds,hoursPerWeek,note", "line 1, column 6")]
    [InlineData("name,name,organisation,expertise,areaIds,hoursPerWeek", "line 1, column 2")]
    public async Task A_header_without_exactly_the_columns_is_refused_by_column(string header, string keys)
    {
        var organisation = Organisation();
        var response = await ImportAsync(Coordinator(), Bytes(Lines(header, $"Iemand,{organisation},tos,{Osdorp},8")));

        await AssertErrorsAsync(response, organisation, 0, keys.Split('|'));
    }

    [Fact]
    public async Task Columns_in_another_order_are_read_by_their_names()
    {
        var organisation = Organisation();
        var response = await ImportAsync(Coordinator(), Bytes(Lines("hoursPerWeek,areaIds,expertise,organisation,name", $"6,{Osdorp},tos,{organisation},Andersom")));

        var body = await Created(response, HttpStatusCode.Created);
        Assert.Equal([2], LinesOf(body["created"]));
        Assert.Equal(1, await CountAsync(organisation, "Andersom"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("\uFEFF")]
    public async Task An_empty_file_is_refused_at_line_1(string text)
    {
        var response = await ImportAsync(Coordinator(), Bytes(text));

        await AssertErrorsAsync(response, Organisation(), 0, "line 1");
    }

    [Fact]
    public async Task A_file_of_more_than_1000_lines_is_refused_at_the_first_line_too_many()
    {
        var organisation = Organisation();
        var lines = Enumerable.Range(1, 1001).Select(i => $"P{i},{organisation},tos,{Osdorp},1");

        var response = await ImportAsync(Coordinator(), Bytes(Lines([Header, .. lines])));

        await AssertErrorsAsync(response, organisation, 0, "line 1002");
    }

    [Fact]
    public async Task A_file_larger_than_the_platform_takes_is_413_and_stores_nothing()
    {
        var organisation = Organisation();
        var name = new string('x', 190);
        var lines = Enumerable.Range(1, 1000).Select(i => $"{name}{i},{organisation},tos,{Osdorp},1");

        var response = await ImportAsync(Coordinator(), Bytes(Lines([Header, .. lines])));

        await ProblemAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync(organisation));
    }

    [Fact]
    public async Task A_stray_quote_a_nul_or_text_that_is_not_utf8_is_refused_without_a_server_error()
    {
        var organisation = Organisation();
        await AssertErrorsAsync(await ImportAsync(Coordinator(), Bytes(Lines(Header, $"Goed,{organisation},tos,{Osdorp},8", $"Half\"quote,{organisation},tos,{Osdorp},8"))),
            organisation, 0, "line 3");
        await AssertErrorsAsync(await ImportAsync(Coordinator(), Bytes(Lines(Header, $"\"Niet gesloten,{organisation},tos,{Osdorp},8", $"Goed,{organisation},tos,{Osdorp},8"))),
            organisation, 0, "line 2");
        await AssertErrorsAsync(await ImportAsync(Coordinator(), Bytes(Lines(Header, $"Nul\0teken,{organisation},tos,{Osdorp},8"))), organisation, 0, "line 2, name");

        byte[] latin1 = [.. Bytes(Header + "\r\n"), .. Encoding.Latin1.GetBytes($"Ren\u00e9,{organisation},tos,{Osdorp},8\r\n")];
        await AssertErrorsAsync(await ImportAsync(Coordinator(), latin1), organisation, 0, "file");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("text/csv; charset=iso-8859-1")]
    public async Task A_body_that_is_not_csv_is_415_naming_text_csv(string contentType)
    {
        var organisation = Organisation();
        var body = contentType == "application/json"
            ? Bytes($$"""{ "name": "Json", "organisation": "{{organisation}}", "expertise": ["tos"], "areaIds": ["{{Osdorp}}"], "hoursPerWeek": 8 }""")
            : Bytes(Lines(Header, $"Iemand,{organisation},tos,{Osdorp},8"));

        var response = await ImportAsync(Coordinator(), body, contentType: contentType);

        var problem = await ProblemAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.True(problem["detail"]!.GetValue<string>().Contains("text/csv", StringComparison.Ordinal), problem.ToJsonString());
        Assert.Equal(0, await CountAsync(organisation));
    }

    [Theory]
    [InlineData("school")]
    [InlineData("analyst")]
    [InlineData("swv")]
    [InlineData("treasurer")]
    public async Task Only_a_coordinator_or_admin_imports(string role)
    {
        var organisation = Organisation();
        var file = Bytes(Lines(Header, $"Iemand,{organisation},tos,{Osdorp},8"));

        await ProblemAssert.ProblemAsync(await ImportAsync(platform.ClientAs(role, schools: role == "school" ? [Guid.NewGuid()] : null), file), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync(organisation));

        await Created(await ImportAsync(platform.Admin(), file), HttpStatusCode.Created);
        Assert.Equal(1, await CountAsync(organisation));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var id in _imported)
        {
            var response = await platform.Admin().PostAsJsonAsync($"/api/v1/professionals/{id}/deactivation", new { on = PoolApi.Date() });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private HttpClient Coordinator() => platform.ClientAs("coordinator");

    // Letters only: a run of nine digits in a random hex id can pass the BSN check and be refused as a citizen service number.
    private static string Organisation() => $"Import {string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 16))))}";

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private static byte[] Bytes(string text, bool bom = false) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] file, bool dryRun = false, string contentType = "text/csv", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, dryRun ? $"{Import}?dryRun=true" : Import) { Content = new ByteArrayContent(file) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    private async Task<JsonObject> Created(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!.AsObject();
        _imported.UnionWith(body["created"]!.AsArray().Select(l => l!["id"]?.GetValue<Guid>()).OfType<Guid>());
        return body;
    }

    /// <summary>400 naming exactly these keys, and the organisation still holds <paramref name="stored"/> professionals.</summary>
    private async Task<JsonObject> AssertErrorsAsync(HttpResponseMessage response, string organisation, int stored, params string[] keys)
    {
        var problem = await ProblemAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.True(keys.Order().SequenceEqual(errors.Select(e => e.Key).Order()), $"expected {string.Join(" | ", keys)}; got {errors.ToJsonString()}");
        Assert.Equal(stored, await CountAsync(organisation));
        return errors;
    }

    private static string[] Messages(JsonObject errors, string key) => errors[key]!.AsArray().Select(m => m!.GetValue<string>()).ToArray();

    private static int[] LinesOf(JsonNode? lines) => lines!.AsArray().Select(l => l!["line"]!.GetValue<int>()).ToArray();

    private static Guid IdOf(JsonNode? lines, int line) => lines!.AsArray().Single(l => l!["line"]!.GetValue<int>() == line)!["id"]!.GetValue<Guid>();

    private Task<long> CountAsync(string organisation, string? name = null) =>
        platform.CountAsync($"select count(*) from expertise_pool_professionals where Organisation = '{organisation}'{(name is null ? "" : $" and Name = '{name}'")}");
}
