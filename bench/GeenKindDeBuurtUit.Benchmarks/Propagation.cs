using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Benchmarks.Seeding;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>
/// Event propagation: from a referral withdrawal answered 200 to the area's budget summary showing the
/// recalculated freed funds (outbox, relay, the budget module's handler, the background recalculation).
/// One withdrawal at a time; the summary is polled every 5 ms.
/// </summary>
internal static class Propagation
{
    public sealed record Result(int Withdrawals, int TimedOut, double P50Ms, double P95Ms, double MaxMs);

    public static async Task<Result> RunAsync(HttpClient swv, SeededData data, int withdrawals)
    {
        var year = SchoolYears.Name(SchoolYears.CurrentStart);
        var latencies = new List<double>();
        var timedOut = 0;
        foreach (var (caseId, areaId) in data.ReferredThisYear.Take(withdrawals))
        {
            var summary = $"/api/v1/budgets/{year}/areas/{areaId}";
            var before = await FreedFundsAsync(swv, summary);
            var response = await swv.PostAsJsonAsync($"/api/v1/support-cases/{caseId}/referral/withdrawal", new { on = SchoolYears.Today, reason = "an arrangement in the neighbourhood after all" });
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Withdrawal of {caseId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            var watch = Stopwatch.StartNew();
            while (await FreedFundsAsync(swv, summary) == before)
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(10))
                {
                    timedOut++;
                    break;
                }

                await Task.Delay(5);
            }

            if (watch.Elapsed <= TimeSpan.FromSeconds(10))
            {
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        latencies.Sort();
        return new Result(latencies.Count + timedOut, timedOut, Percentile(latencies, 0.5), Percentile(latencies, 0.95), latencies.Count == 0 ? double.NaN : Math.Round(latencies[^1], 1));
    }

    private static async Task<decimal> FreedFundsAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonObject>(path))!["freedFunds"]!.GetValue<decimal>();

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);
}
