using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Retention;

/// <summary>Every figure another module shows about the school years the retention tests use, as the API answers it.</summary>
internal static class Figures
{
    public const string BudgetYear = "2020-2021";

    public static IEnumerable<string> Urls(Guid areaId)
    {
        foreach (var year in new[] { "2019-2020", BudgetYear })
        {
            foreach (var groupBy in new[] { "area", "cluster", "school" })
            {
                yield return $"/api/v1/monitoring/referrals?schoolYear={year}&groupBy={groupBy}";
                yield return $"/api/v1/monitoring/support?schoolYear={year}&groupBy={groupBy}";
            }

            yield return $"/api/v1/monitoring/thuiszitters?schoolYear={year}";
            yield return $"/api/v1/monitoring/budget?schoolYear={year}";
        }

        yield return "/api/v1/monitoring/expertise";
        yield return $"/api/v1/monitoring/trend?areaId={PilotIds.Osdorp}";
        yield return $"/api/v1/monitoring/trend?areaId={PilotIds.BosEnLommer}";
        yield return $"/api/v1/budgets/{BudgetYear}/areas/{areaId}";
        yield return $"/api/v1/budgets/{BudgetYear}/areas/{areaId}/ledger?pageSize=200";
        yield return $"/api/v1/budgets/{BudgetYear}/reconciliation";
    }

    /// <summary>
    /// The answers, without <c>recalculatedAt</c>: the tests ask the budget to recalculate after the
    /// erasure to prove the figures come out the same, and that run's time is the one thing that moves.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpClient admin, Guid areaId)
    {
        var answers = new Dictionary<string, string>();
        foreach (var url in Urls(areaId))
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
            answers[url] = Without(body, "recalculatedAt").ToJsonString();
        }

        return answers;
    }

    public static void AssertSame(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (url, answer) in before)
        {
            Assert.True(answer == after[url], $"{url} changed:\nbefore {answer}\nafter  {after[url]}");
        }
    }

    private static JsonNode Without(JsonNode node, string property)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove(property);
                foreach (var child in o.Select(p => p.Value).OfType<JsonNode>().ToList())
                {
                    Without(child, property);
                }

                break;
            case JsonArray a:
                foreach (var child in a.OfType<JsonNode>())
                {
                    Without(child, property);
                }

                break;
        }

        return node;
    }
}
