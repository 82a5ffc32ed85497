using System.Net;
using System.Text;
using GeenKindDeBuurtUit.Host.OpenApi;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Wire;

/// <summary>
/// A body is checked against its schema in the OpenAPI document before anything runs: every
/// problem at once, each with the form expected, and nothing stored.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RequestBodyTests(PlatformFactory platform)
{
    private const string CountCases = "select count(*) from support_cases_cases";
    private static readonly Guid ElAmien1 = Guid.Parse("7535f312-c0f6-5e5f-b80c-ad86c3116d31");

    /// <summary>Operations that change an existing record, with the body each expects.</summary>
    public static TheoryData<string> ChangesOfACase => new()
    {
        "closure", "referral/withdrawal", "escalations", "thuiszitter-periods", "thuiszitter-periods/end", "opp", "involvements", "level", "ot-meetings",
    };

    [Fact]
    public async Task Four_wrong_members_give_four_errors_each_naming_the_form_expected_and_nothing_is_stored()
    {
        var before = await platform.CountAsync(CountCases);

        var response = await PostAsync("/api/v1/support-cases",
            """{"schoolId":"not-an-id","pupilRef":"LAS-1","needs":["cooking"],"level":"3","openedOn":"14-09-2026"}""");

        var problem = await ProblemAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["level", "needs[0]", "openedOn", "schoolId"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.StartsWith("Expected a date as YYYY-MM-DD", Messages(errors, "openedOn").Single(), StringComparison.Ordinal);
        Assert.Contains("Expected a whole number (a JSON number, not a string).", Messages(errors, "level"));
        Assert.StartsWith("Expected an id: a UUID", Messages(errors, "schoolId").Single(), StringComparison.Ordinal);
        Assert.StartsWith("Expected one of \"language\"", Messages(errors, "needs[0]").Single(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        Assert.Equal(before, await platform.CountAsync(CountCases));
    }

    [Theory]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2","needs":["language"],"level":"2"}""", "level")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2","needs":["language"],"level":2.5}""", "level")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2","needs":"language","level":2}""", "needs")]
    [InlineData("""{"schoolId":"@school","pupilRef":42,"needs":["language"],"level":2}""", "pupilRef")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2","needs":["language"],"level":4}""", "level")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2","needs":[],"level":2}""", "needs")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2\n","needs":["language"],"level":2}""", "pupilRef")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS 2","needs":["language"],"level":2}""", "pupilRef")]
    [InlineData("""{"schoolId":"@school","needs":["language"],"level":2}""", "pupilRef")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2","needs":["language"],"level":2,"name":"Piet"}""", "name")]
    [InlineData("""{"schoolId":"@school","pupilRef":null,"needs":["language"],"level":2}""", "pupilRef")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-2","needs":["language"],"level":2,"openedOn":"2026-02-30"}""", "openedOn")]
    public async Task A_member_of_the_wrong_kind_is_refused_by_name_and_never_converted(string body, string field)
    {
        var before = await platform.CountAsync(CountCases);

        var response = await PostAsync("/api/v1/support-cases", body.Replace("@school", ElAmien1.ToString(), StringComparison.Ordinal));

        await ProblemAssert.AssertFieldAsync(response, field);
        Assert.Equal(before, await platform.CountAsync(CountCases));
    }

    [Theory]
    [MemberData(nameof(ChangesOfACase))]
    public async Task A_null_or_missing_body_on_a_change_is_400_naming_body(string change)
    {
        var path = $"/api/v1/support-cases/{Guid.NewGuid()}/{change}";

        var asNull = await PostAsync(path, "null");
        var empty = await platform.Admin().PostAsync(path, new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        var none = await platform.Admin().SendAsync(new HttpRequestMessage(HttpMethod.Post, path));

        Assert.Contains(RequestValidationMiddleware.BodyRequired, await ProblemAssert.AssertFieldAsync(asNull, "body"));
        Assert.Contains(RequestValidationMiddleware.BodyRequired, await ProblemAssert.AssertFieldAsync(empty, "body"));
        Assert.Contains(RequestValidationMiddleware.BodyRequired, await ProblemAssert.AssertFieldAsync(none, "body"));
    }

    [Theory]
    [InlineData("/api/v1/expertise-requests/{0}/hours")]
    [InlineData("/api/v1/expertise-requests/{0}/completion")]
    [InlineData("/api/v1/expertise-requests/{0}/cancellation")]
    public async Task A_null_body_on_an_expertise_request_change_is_400_naming_body(string template)
    {
        var response = await PostAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.NewGuid()), "null");

        await ProblemAssert.AssertFieldAsync(response, "body");
    }

    [Fact]
    public async Task Malformed_json_names_its_line_and_position()
    {
        var response = await PostAsync("/api/v1/support-cases", "{\n  \"schoolId\": \"x\",\n  \"level\": 2,,\n}");

        var message = (await ProblemAssert.AssertFieldAsync(response, "body")).Single();
        Assert.Contains("line 3, position", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nested_member_is_named_by_its_path()
    {
        var response = await PostAsync($"/api/v1/support-cases/{Guid.NewGuid()}/ot-meetings",
            """{"heldOn":"2026-09-14","participants":[{"role":"swv"},{"role":"teacher"}],"decision":"refer","referral":{"type":"so","category":3}}""");

        var problem = await ProblemAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["participants[1].role", "referral.category"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_left_to_the_415_of_its_endpoint()
    {
        var response = await platform.Admin().PostAsync("/api/v1/support-cases", new StringContent("schoolId=1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-3","needs":["language"],"level":1e400}""", "level")]
    [InlineData("""{"schoolId":"@school","pupilRef":"LAS-3","needs":["language"],"level":99999999999999999999999999999999999}""", "level")]
    public async Task A_number_no_decimal_holds_is_out_of_bounds_not_a_crash(string body, string field)
    {
        var response = await PostAsync("/api/v1/support-cases", body.Replace("@school", ElAmien1.ToString(), StringComparison.Ordinal));

        await ProblemAssert.AssertFieldAsync(response, field);
    }

    [Theory]
    [InlineData("""{"on":"2026-10-01","reason":"verhuisd\u0000"}""", "reason")]
    [InlineData("""{"on":"2026-10-01","reason":"verhuisd","no\u0000te":"x"}""", "no\\u0000te")]
    public async Task A_text_holding_the_nul_character_is_refused_by_name_on_every_engine(string body, string field)
    {
        var response = await PostAsync($"/api/v1/support-cases/{Guid.NewGuid()}/closure", body);

        // The test's name carries the field as written in JSON: a NUL would not survive the test reports.
        var messages = await ProblemAssert.AssertFieldAsync(response, field.Replace("\\u0000", "\0", StringComparison.Ordinal));
        Assert.Contains("NUL", messages.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_value_holding_the_nul_character_is_refused_by_name()
    {
        var response = await platform.Admin().GetAsync("/api/v1/support-cases?need=lang%00uage");

        var messages = await ProblemAssert.AssertFieldAsync(response, "need");
        Assert.Contains("NUL", messages.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=99999999999999999999999999999999999999", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("status=lost", "status")]
    [InlineData("level=6", "level")]
    public async Task A_query_parameter_is_checked_against_the_document(string query, string field)
    {
        var response = await platform.Admin().GetAsync($"/api/v1/support-cases?{query}");

        await ProblemAssert.AssertFieldAsync(response, field);
    }

    [Fact]
    public async Task A_query_parameter_the_document_allows_is_answered()
    {
        var response = await platform.Admin().GetAsync("/api/v1/support-cases?status=open&level=2&need=language&page=1&pageSize=200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string[] Messages(System.Text.Json.Nodes.JsonObject errors, string field) =>
        [.. errors[field]!.AsArray().Select(m => m!.GetValue<string>())];

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        platform.Admin().PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
