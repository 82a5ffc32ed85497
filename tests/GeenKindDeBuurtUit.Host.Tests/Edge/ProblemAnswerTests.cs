using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Tests.Security;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// Every error under /api/v1 is RFC 9457 problem details as <c>application/problem+json</c>, with a
/// <c>type</c>, <c>title</c>, <c>status</c>, <c>traceId</c> and a <c>detail</c> a person can act on,
/// whatever the request's <c>Accept</c> says (docs/adr/0028). Under CSV or XML these used to be a
/// 500, an empty body or a plain-text "Status Code: 401".
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ProblemAnswerTests(PlatformFactory platform)
{
    private static readonly string[] Accepts = ["text/csv", "application/xml", "*/*"];

    /// <summary>A request that fails one way, the status it gets, and what its detail (or its errors) must name.</summary>
    private sealed record Failing(HttpRequestMessage Request, HttpStatusCode Status, string? DetailNames = null, string? Field = null);

    private static readonly Dictionary<string, Func<MatrixWorld, PlatformFactory, Task<Failing>>> Cases = new()
    {
        ["400 invalid member"] = (_, p) => Done(Post(p, Roles.Coordinator, "/api/v1/professionals", """{"name":"X","organisation":"OKT","expertise":["language"],"areaIds":[],"hoursPerWeek":-3}"""),
            HttpStatusCode.BadRequest, field: "hoursPerWeek"),
        ["400 null body"] = async (w, p) => new(Post(p, Roles.Admin, $"/api/v1/support-cases/{await w.OpenCaseAsync()}/closure", "null"), HttpStatusCode.BadRequest, Field: "body"),
        ["400 malformed json"] = async (w, p) => new(Post(p, Roles.Admin, $"/api/v1/support-cases/{await w.OpenCaseAsync()}/closure", "{\n  \"on\": 2026-01-01\n}"),
            HttpStatusCode.BadRequest, Field: "body"),
        ["401 no token"] = (_, _) => Done(new HttpRequestMessage(HttpMethod.Get, "/api/v1/schools"), HttpStatusCode.Unauthorized, "Authorization header"),
        ["401 expired"] = (_, p) => Done(Get(p.Tokens.Create([Roles.Admin], expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddHours(-1)), "/api/v1/schools"),
            HttpStatusCode.Unauthorized, "expired"),
        ["401 bad signature"] = (_, p) => Done(Get(p.Tokens.Create([Roles.Admin], key: "another-signing-key-of-at-least-32-bytes-long"), "/api/v1/schools"),
            HttpStatusCode.Unauthorized, "signature"),
        ["401 wrong audience"] = (_, p) => Done(Get(p.Tokens.Create([Roles.Admin], audience: "someone-else"), "/api/v1/schools"),
            HttpStatusCode.Unauthorized, TestTokens.Audience),
        ["401 wrong issuer"] = (_, p) => Done(Get(p.Tokens.Create([Roles.Admin], issuer: "someone-else"), "/api/v1/schools"),
            HttpStatusCode.Unauthorized, TestTokens.Issuer),
        ["401 not a jwt"] = (_, _) => Done(Get("not-a-jwt", "/api/v1/schools"), HttpStatusCode.Unauthorized, "well-formed"),
        ["403 wrong role"] = (_, p) => Done(Get(p.Tokens.Valid([Roles.Analyst]), "/api/v1/audit"), HttpStatusCode.Forbidden, "role admin"),
        ["403 another school"] = (w, p) => Done(
            Post(p.Tokens.Valid([Roles.School], schools: [w.OwnSchool]), "/api/v1/expertise-requests",
                $$"""{"schoolId":"{{w.OtherSchool}}","expertise":"language","hours":4}"""),
            HttpStatusCode.Forbidden, "school"),
        ["404 unknown id"] = (_, p) => Done(Get(p.Tokens.Valid([Roles.Admin]), $"/api/v1/support-cases/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "in your scope"),
        ["404 unknown route"] = (_, p) => Done(Get(p.Tokens.Valid([Roles.Admin]), "/api/v1/no-such-thing"), HttpStatusCode.NotFound, "no operation"),
        ["405 method"] = (_, p) => Done(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/schools") { Headers = { Authorization = Bearer(p.Tokens.Valid([Roles.Admin])) } },
            HttpStatusCode.MethodNotAllowed, "GET"),
        ["409 duplicate"] = async (w, p) =>
        {
            var reference = w.Unique("PD-REF");
            var path = $"{MatrixWorld.BudgetArea(w.Osdorp)}/contributions";
            await w.CreatedAsync(path, new { boardId = w.OwnBoard, kind = "board-funds", amount = 1m, externalRef = reference });
            return new(Post(p, Roles.Admin, path, $$"""{"boardId":"{{w.OwnBoard}}","kind":"board-funds","amount":2,"externalRef":"{{reference}}"}"""), HttpStatusCode.Conflict);
        },
        ["412 stale if-match"] = async (w, p) =>
        {
            var request = Post(p, Roles.Admin, $"/api/v1/support-cases/{await w.OpenCaseAsync()}/involvements", $$"""{"party":"parents","on":"{{MatrixWorld.Date(-1)}}"}""");
            request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
            return new(request, HttpStatusCode.PreconditionFailed);
        },
        ["413 too large"] = (_, p) => Done(Post(p, Roles.Coordinator, "/api/v1/professionals", $$"""{"name":"{{new string('x', 257 * 1024)}}"}"""),
            HttpStatusCode.RequestEntityTooLarge, "bytes"),
        ["415 media type"] = (_, p) => Done(
            new HttpRequestMessage(HttpMethod.Post, "/api/v1/professionals")
            {
                Content = new StringContent("name=x", Encoding.UTF8, "text/plain"),
                Headers = { Authorization = Bearer(p.Tokens.Valid([Roles.Coordinator])) },
            },
            HttpStatusCode.UnsupportedMediaType, "application/json"),
        ["422 business rule"] = async (w, p) => new(
            Post(p, Roles.Admin, $"/api/v1/support-cases/{await w.OpenCaseAsync()}/ot-meetings", System.Text.Json.JsonSerializer.Serialize(MatrixWorld.OtMeeting("stay"))),
            HttpStatusCode.UnprocessableEntity),
    };

    public static TheoryData<string, string> CasesUnderEveryAccept()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases.Keys)
        {
            foreach (var accept in Accepts)
            {
                data.Add(name, accept);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CasesUnderEveryAccept))]
    public async Task Every_error_is_problem_json_with_a_detail_and_a_trace_id_whatever_accept_says(string failing, string accept)
    {
        var arranged = await Cases[failing](await MatrixWorld.ForAsync(platform), platform);
        arranged.Request.Headers.Accept.ParseAdd(accept);

        var response = await platform.CreateClient().SendAsync(arranged.Request);

        var problem = await AssertProblemAsync(response, arranged.Status);
        if (arranged.DetailNames is { } named)
        {
            Assert.Contains(named, problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        }

        if (arranged.Field is { } field)
        {
            Assert.NotEmpty(problem["errors"]![field]!.AsArray());
        }

        if (arranged.Status == HttpStatusCode.Unauthorized)
        {
            Assert.NotEmpty(response.Headers.WwwAuthenticate);
        }

        if (arranged.Status == HttpStatusCode.MethodNotAllowed)
        {
            Assert.Contains("GET", response.Content.Headers.Allow);
        }
    }

    [Fact]
    public async Task Malformed_json_names_its_line_and_position()
    {
        var world = await MatrixWorld.ForAsync(platform);

        var response = await platform.ClientAs(EdgeClients.NewSubject(), Roles.Admin)
            .PostJsonAsync($"/api/v1/support-cases/{await world.OpenCaseAsync()}/closure", "{\n  \"on\": 2026-01-01\n}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("line 2, position 13", problem["errors"]!["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_rate_limit_the_429_is_problem_json_with_retry_after_whatever_accept_says()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { ["RateLimiting:PermitLimit"] = "1", ["RateLimiting:Window"] = "00:01:00" });
        var client = host.ClientAs(EdgeClients.NewSubject(), Roles.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas")).StatusCode);

        foreach (var accept in Accepts)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas");
            request.Headers.Accept.ParseAdd(accept);

            var refused = await client.SendAsync(request);

            var problem = await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.Contains("retry after", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        }
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await Problem.AssertAsync(response, status);
        foreach (var member in new[] { "type", "title", "detail", "traceId" })
        {
            Assert.False(string.IsNullOrWhiteSpace(problem[member]?.GetValue<string>()), $"no {member} in {problem.ToJsonString()}");
        }

        return problem;
    }

    private static Task<Failing> Done(HttpRequestMessage request, HttpStatusCode status, string? detailNames = null, string? field = null) =>
        Task.FromResult(new Failing(request, status, detailNames, field));

    private static HttpRequestMessage Get(string token, string path) =>
        new(HttpMethod.Get, path) { Headers = { Authorization = Bearer(token) } };

    private static HttpRequestMessage Post(PlatformFactory platform, string role, string path, string json) =>
        Post(platform.Tokens.Valid([role]), path, json);

    private static HttpRequestMessage Post(string token, string path, string json) =>
        new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json"), Headers = { Authorization = Bearer(token) } };

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
