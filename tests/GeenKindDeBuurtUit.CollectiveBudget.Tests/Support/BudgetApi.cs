using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;

/// <summary>The contract's budget requests, written once so the tests read like the domain.</summary>
internal static class BudgetApi
{
    public static string Area(string schoolYear, Guid areaId) => $"/api/v1/budgets/{schoolYear}/areas/{areaId}";

    public static Task<HttpResponseMessage> PutAgreementAsync(this HttpClient client, string schoolYear, Guid areaId, object agreement) =>
        client.PutAsJsonAsync($"{Area(schoolYear, areaId)}/agreement", agreement);

    public static object Agreement(decimal poolShare = 0.5m, decimal sbo = 10000m, decimal soLow = 20000m, decimal soMedium = 30000m, decimal soHigh = 40000m, object? baseline = null) =>
        new { poolShare, rates = new { sbo, soLow, soMedium, soHigh }, baseline, expertiseHourRate = 95.50m };

    public static object Baseline(int sbo = 0, int soLow = 0, int soMedium = 0, int soHigh = 0) => new { sbo, soLow, soMedium, soHigh };

    public static Task<HttpResponseMessage> ContributeAsync(this HttpClient client, string schoolYear, Guid areaId, Guid boardId, decimal amount, string externalRef, string kind = "board-funds") =>
        client.PostAsJsonAsync($"{Area(schoolYear, areaId)}/contributions", new { boardId, kind, amount, externalRef });

    public static Task<HttpResponseMessage> AllocateAsync(this HttpClient client, string schoolYear, Guid areaId, string level, Guid targetId, decimal amount, string purpose = "Start class for young children") =>
        client.PostAsJsonAsync($"{Area(schoolYear, areaId)}/allocations", new { level, targetId, purpose, amount });

    public static Task<HttpResponseMessage> CorrectAsync(this HttpClient client, string schoolYear, Guid areaId, Guid entryId, string reason = "Booked twice by mistake") =>
        client.PostAsJsonAsync($"{Area(schoolYear, areaId)}/ledger/{entryId}/correction", new { reason });

    public static Task<HttpResponseMessage> CloseAsync(this HttpClient client, string schoolYear, Guid areaId) =>
        client.PostAsync($"{Area(schoolYear, areaId)}/closure", null);

    public static async Task<BudgetSummaryDto> SummaryAsync(this HttpClient client, string schoolYear, Guid areaId) =>
        (await client.GetFromJsonAsync<BudgetSummaryDto>(Area(schoolYear, areaId)))!;

    public static async Task<IReadOnlyList<LedgerEntryDto>> LedgerAsync(this HttpClient client, string schoolYear, Guid areaId) =>
        (await client.GetFromJsonAsync<PagedList<LedgerEntryDto>>($"{Area(schoolYear, areaId)}/ledger?pageSize=200"))!.Items;

    public static async Task<LedgerEntryDto> EntryAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<LedgerEntryDto>())!;
}
