using System.Text.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class OpenApiTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/api/v1/budgets/{schoolYear}/areas/{areaId}/agreement", "put")]
    [InlineData("/api/v1/budgets/{schoolYear}/areas/{areaId}/contributions", "post")]
    [InlineData("/api/v1/budgets/{schoolYear}/areas/{areaId}/allocations", "post")]
    [InlineData("/api/v1/budgets/{schoolYear}/areas/{areaId}", "get")]
    [InlineData("/api/v1/budgets/{schoolYear}/areas/{areaId}/ledger", "get")]
    [InlineData("/api/v1/budgets/{schoolYear}/areas/{areaId}/ledger/{entryId}/correction", "post")]
    [InlineData("/api/v1/budgets/{schoolYear}/areas/{areaId}/closure", "post")]
    [InlineData("/api/v1/budgets/{schoolYear}/reconciliation", "get")]
    public async Task Every_budget_endpoint_is_documented_with_a_summary(string path, string method)
    {
        using var client = platform.Anonymous();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
    }
}
