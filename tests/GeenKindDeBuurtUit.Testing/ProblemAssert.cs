using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>Answers as the contract writes them: JSON bodies and RFC 9457 problem details.</summary>
public static class ProblemAssert
{
    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A business rule refused the request: 422 with the rule's stable code.</summary>
    public static async Task AssertRuleAsync(HttpResponseMessage response, string code)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(code, problem["code"]!.GetValue<string>());
    }

    /// <summary>Invalid input: 400 naming the field. Returns its messages.</summary>
    public static async Task<string[]> AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for '{field}' in {problem.ToJsonString(new JsonSerializerOptions())}");
        return errors[field]!.AsArray().Select(m => m!.GetValue<string>()).ToArray();
    }
}
