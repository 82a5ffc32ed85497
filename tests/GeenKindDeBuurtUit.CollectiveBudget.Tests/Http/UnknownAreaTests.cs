using System.Net;
using System.Net.Http.Headers;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>An area the path names but the platform does not know is 404, as every unknown id in a path, in JSON and CSV alike.</summary>
[Collection("platform")]
public sealed class UnknownAreaTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("", "application/json")]
    [InlineData("/ledger", "application/json")]
    [InlineData("/ledger", "text/csv")]
    [InlineData("/agreement", "application/json")]
    public async Task An_unknown_area_is_not_found(string tail, string accept)
    {
        using var admin = platform.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/budgets/2025-2026/areas/{Guid.NewGuid()}{tail}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await admin.SendAsync(request);

        var problem = await ProblemAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("area", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
