using System.Net;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>Problem details as the contract writes them (RFC 9457, <c>application/problem+json</c>).</summary>
internal static class Problem
{
    public static async Task<JsonObject> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    public static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await AssertAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject();
        Assert.NotNull(errors);
        Assert.True(errors.ContainsKey(field), $"expected an error for '{field}', got: {errors.ToJsonString()}");
        Assert.NotEmpty(errors[field]!.AsArray());
    }
}
