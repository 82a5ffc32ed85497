using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Localization;
using GeenKindDeBuurtUit.Host.Tests.Edge;
using GeenKindDeBuurtUit.Host.Tests.Security;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Localization;

/// <summary>
/// The same failing request sent twice, once preferring Dutch: the Dutch answer has the same status,
/// <c>code</c> and field keys, and its title, detail and messages are the catalogue's Dutch of the
/// English answer's (docs/adr/0057).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class DutchProblemTests(PlatformFactory platform)
{
    private sealed record Failing(HttpRequestMessage Request, HttpStatusCode Status, string DutchSays);

    private static readonly Dictionary<string, Func<MatrixWorld, PlatformFactory, Task<Failing>>> Cases = new()
    {
        ["400 schema"] = (_, p) => Done(Post(p, Roles.Coordinator, "/api/v1/professionals", """{"name":"X","organisation":"OKT","expertise":["language"],"areaIds":[],"hoursPerWeek":-3}"""),
            HttpStatusCode.BadRequest, "ongeldig"),
        ["400 validator"] = (w, p) => Done(
            Post(p.Tokens.Valid([Roles.School], schools: [w.OwnSchool]), "/api/v1/expertise-requests",
                $$"""{"schoolId":"{{w.OwnSchool}}","expertise":"language","hours":4,"note":"BSN 111222333"}"""),
            HttpStatusCode.BadRequest, "ongeldig"),
        ["400 malformed json"] = async (w, p) => new(Post(p, Roles.Admin, $"/api/v1/support-cases/{await w.OpenCaseAsync()}/closure", "{\n  \"on\": 2026-01-01\n}"),
            HttpStatusCode.BadRequest, "ongeldig"),
        ["401 no token"] = (_, _) => Done(new HttpRequestMessage(HttpMethod.Get, "/api/v1/schools"), HttpStatusCode.Unauthorized, "geen Authorization-header"),
        ["401 expired"] = (_, p) => Done(Get(p.Tokens.Create([Roles.Admin], expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddHours(-1)), "/api/v1/schools"),
            HttpStatusCode.Unauthorized, "verlopen"),
        ["403 wrong role"] = (_, p) => Done(Get(p.Tokens.Valid([Roles.Analyst]), "/api/v1/audit"), HttpStatusCode.Forbidden, "vraagt de rol admin; het token heeft de rol analyst"),
        ["403 another school"] = (w, p) => Done(
            Post(p.Tokens.Valid([Roles.School], schools: [w.OwnSchool]), "/api/v1/expertise-requests",
                $$"""{"schoolId":"{{w.OtherSchool}}","expertise":"language","hours":4}"""),
            HttpStatusCode.Forbidden, "namens die school"),
        ["404 unknown id"] = (_, p) => Done(Get(p.Tokens.Valid([Roles.Admin]), $"/api/v1/support-cases/{Guid.NewGuid()}"), HttpStatusCode.NotFound,
            "Er is geen ondersteuningstraject"),
        ["404 unknown route"] = (_, p) => Done(Get(p.Tokens.Valid([Roles.Admin]), "/api/v1/no-such-thing"), HttpStatusCode.NotFound, "geen bewerking GET"),
        ["409 duplicate"] = async (w, p) =>
        {
            var reference = w.Unique("NL-REF");
            var path = $"{MatrixWorld.BudgetArea(w.Osdorp)}/contributions";
            await w.CreatedAsync(path, new { boardId = w.OwnBoard, kind = "board-funds", amount = 1m, externalRef = reference });
            return new(Post(p, Roles.Admin, path, $$"""{"boardId":"{{w.OwnBoard}}","kind":"board-funds","amount":2,"externalRef":"{{reference}}"}"""),
                HttpStatusCode.Conflict, "al geboekt");
        },
        ["412 stale if-match"] = async (w, p) =>
        {
            var request = Post(p, Roles.Admin, $"/api/v1/support-cases/{await w.OpenCaseAsync()}/involvements", $$"""{"party":"parents","on":"{{MatrixWorld.Date(-1)}}"}""");
            request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
            return new(request, HttpStatusCode.PreconditionFailed, "Ondersteuningstraject is gewijzigd");
        },
        ["415 media type"] = (_, p) => Done(
            new HttpRequestMessage(HttpMethod.Post, "/api/v1/professionals")
            {
                Content = new StringContent("name=x", Encoding.UTF8, "text/plain"),
                Headers = { Authorization = Bearer(p.Tokens.Valid([Roles.Coordinator])) },
            },
            HttpStatusCode.UnsupportedMediaType, "het verzoek had Content-Type"),
        ["422 business rule"] = async (w, p) => new(
            Post(p, Roles.Admin, $"/api/v1/support-cases/{await w.OpenCaseAsync()}/ot-meetings", System.Text.Json.JsonSerializer.Serialize(MatrixWorld.OtMeeting("stay"))),
            HttpStatusCode.UnprocessableEntity, "Een OT-bespreking is er alleen op ondersteuningsniveau 5"),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_problem_in_Dutch_keeps_its_status_code_and_fields_and_says_the_same_in_Dutch(string failing)
    {
        var arranged = await Cases[failing](await MatrixWorld.ForAsync(platform), platform);
        var english = await Clone(arranged.Request);
        arranged.Request.Headers.TryAddWithoutValidation("Accept-Language", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7");
        var client = platform.CreateClient();

        var inEnglish = await client.SendAsync(english);
        var inDutch = await client.SendAsync(arranged.Request);

        var englishProblem = await Problem.AssertAsync(inEnglish, arranged.Status);
        var dutchProblem = await Problem.AssertAsync(inDutch, arranged.Status);
        Assert.Equal("nl", inDutch.Content.Headers.ContentLanguage.Single());
        Assert.Equal("en", inEnglish.Content.Headers.ContentLanguage.Single());
        Assert.Contains("Accept-Language", inDutch.Headers.Vary);
        Assert.Equal(englishProblem["type"]?.GetValue<string>(), dutchProblem["type"]?.GetValue<string>());
        Assert.Equal(englishProblem["code"]?.GetValue<string>(), dutchProblem["code"]?.GetValue<string>());
        Assert.Equal(Keys(englishProblem), Keys(dutchProblem));
        Assert.Equal(FieldKeys(englishProblem), FieldKeys(dutchProblem));
        AssertDutchOf(englishProblem["title"], dutchProblem["title"]);
        AssertDutchOf(englishProblem["detail"], dutchProblem["detail"]);
        Assert.NotEqual(englishProblem["detail"]!.GetValue<string>(), dutchProblem["detail"]!.GetValue<string>());
        foreach (var (field, messages) in englishProblem["errors"]?.AsObject() ?? [])
        {
            var dutchMessages = dutchProblem["errors"]![field]!.AsArray();
            Assert.Equal(messages!.AsArray().Count, dutchMessages.Count);
            foreach (var (message, dutch) in messages.AsArray().Zip(dutchMessages))
            {
                AssertDutchOf(message, dutch);
                Assert.NotEqual(message!.GetValue<string>(), dutch!.GetValue<string>());
            }
        }

        Assert.Contains(arranged.DutchSays, dutchProblem.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_rate_limit_the_429_is_in_Dutch_with_its_retry_after()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { ["RateLimiting:PermitLimit"] = "1", ["RateLimiting:Window"] = "00:01:00" });
        var client = host.ClientAs(EdgeClients.NewSubject(), Roles.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas");
        request.Headers.AcceptLanguage.ParseAdd("nl");

        var refused = await client.SendAsync(request);

        var problem = await Problem.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("Te veel verzoeken.", problem["title"]!.GetValue<string>());
        Assert.StartsWith("Hoogstens 1 verzoeken per 00:01:00 per aanroeper; probeer het opnieuw na ", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData("en;q=0.9, nl;q=0.8")]
    [InlineData("en")]
    [InlineData("*")]
    [InlineData("de, en;q=0.5, nl;q=0.4")]
    [InlineData("nl;q=0, en;q=0.1")]
    public async Task Preferring_English_or_anything_before_Dutch_answers_exactly_as_without_the_header(string acceptLanguage)
    {
        var client = platform.CreateClient();
        var plain = await client.GetAsync("/api/v1/schools");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/schools");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var asked = await client.SendAsync(request);

        Assert.Equal(WithoutTrace(await plain.Content.ReadAsStringAsync()), WithoutTrace(await asked.Content.ReadAsStringAsync()));
        Assert.Equal("en", asked.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Without_the_header_a_problem_is_byte_for_byte_what_it_was()
    {
        var response = await platform.CreateClient().GetAsync("/api/v1/schools");

        Assert.Equal(
            """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.2","title":"Unauthorized","status":401,"detail":"The request has no Authorization header: send Authorization: Bearer <token>.","traceId":"-"}""",
            WithoutTrace(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("nl;q=abc")]
    [InlineData(";;;,,,")]
    [InlineData("nl;q=2")]
    [InlineData("nl-")]
    [InlineData("=nl")]
    [InlineData("\"nl\"")]
    [InlineData("nl;q=0.5;q=0.9, en;;")]
    [InlineData("xx-yy-zz-aa-bb-cc-dd-ee-ff-gg-hh-ii-jj-kk-ll-mm-nn-oo-pp-qq-rr-ss-tt-uu-vv-ww")]
    public async Task A_malformed_header_gets_an_answer_never_a_5xx(string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/support-cases/{Guid.NewGuid()}")
        {
            Headers = { Authorization = Bearer(platform.Tokens.Valid([Roles.Admin])) },
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await platform.CreateClient().SendAsync(request);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        Assert.Contains(response.Content.Headers.ContentLanguage.Single(), new[] { "en", "nl" });
    }

    private static void AssertDutchOf(JsonNode? english, JsonNode? dutch)
    {
        Assert.NotNull(english);
        Assert.NotNull(dutch);
        var expected = DutchCatalogue.Instance.Translate(english.GetValue<string>());
        Assert.True(expected is not null, $"no Dutch for \"{english.GetValue<string>()}\"");
        Assert.Equal(expected, dutch.GetValue<string>());
    }

    private static string[] Keys(JsonObject problem) => [.. problem.Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static string[] FieldKeys(JsonObject problem) => [.. (problem["errors"]?.AsObject() ?? []).Select(p => p.Key).Order(StringComparer.Ordinal)];

    // The body as sent, but for the trace id every answer has its own of.
    private static string WithoutTrace(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"-\"");

    private static async Task<HttpRequestMessage> Clone(HttpRequestMessage request)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var (name, values) in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(name, values);
        }

        if (request.Content is { } content)
        {
            clone.Content = new ByteArrayContent(await content.ReadAsByteArrayAsync());
            foreach (var (name, values) in content.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return clone;
    }

    private static Task<Failing> Done(HttpRequestMessage request, HttpStatusCode status, string dutchSays) =>
        Task.FromResult(new Failing(request, status, dutchSays));

    private static HttpRequestMessage Get(string token, string path) =>
        new(HttpMethod.Get, path) { Headers = { Authorization = Bearer(token) } };

    private static HttpRequestMessage Post(PlatformFactory platform, string role, string path, string json) =>
        Post(platform.Tokens.Valid([role]), path, json);

    private static HttpRequestMessage Post(string token, string path, string json) =>
        new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json"), Headers = { Authorization = Bearer(token) } };

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
