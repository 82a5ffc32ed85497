using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.Benchmarks.Seeding;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// A measured request kind: reads are compared with bare Kestrel, writes with the raw insert transaction
/// of the host's engine. The operation and <c>Capacity</c> take the number of the measured run (a concurrency,
/// on one host or two), each with its own slice of prepared cases; <c>Capacity</c> is how many requests
/// that slice allows (null: no limit).
/// </summary>
internal sealed record Scenario(string Name, bool IsWrite, string Role, Func<HttpClient, int, long, Task<bool?>> Operation, Func<int, int?>? Capacity = null);

/// <summary>The six paths the performance targets name, over the seeded data.</summary>
internal static class Scenarios
{
    public static IReadOnlyList<Scenario> For(SeededData data, Func<int, IReadOnlyList<Guid>> otSlice)
    {
        var year = SchoolYears.Name(SchoolYears.CurrentStart);
        var random = new ThreadLocal<Random>(() => new Random());
        T Pick<T>(IReadOnlyList<T> list) => list[random.Value!.Next(list.Count)];

        return
        [
            new("GET support case", false, "swv", (client, _, _) =>
                Send(client, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/support-cases/{Pick(data.CaseIds)}"), HttpStatusCode.OK)),
            new("GET page of cases", false, "swv", (client, _, _) =>
                Send(client, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/support-cases?schoolId={Pick(data.SchoolIds)}&page=1&pageSize=50"), HttpStatusCode.OK)),
            new("GET budget summary", false, "swv", (client, _, _) =>
                Send(client, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/budgets/{year}/areas/{Pick(data.AreaIds)}"), HttpStatusCode.OK)),
            new("GET monitoring referrals by area", false, "analyst", (client, _, _) =>
                Send(client, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/monitoring/referrals?schoolYear={year}&groupBy=area"), HttpStatusCode.OK)),
            new("POST support case", true, "swv", (client, _, sequence) =>
                Send(client, new HttpRequestMessage(HttpMethod.Post, "/api/v1/support-cases")
                {
                    Content = JsonContent.Create(new
                    {
                        schoolId = Pick(data.SchoolIds),
                        // At most 8 hex characters: a longer random run can hold nine digits that pass the
                        // BSN 11-check, and the platform rightly refuses those with 400.
                        pupilRef = $"bench-load-{sequence}-{Guid.NewGuid().ToString("N")[..8]}",
                        needs = new[] { "language" },
                        level = 2,
                    }),
                }, HttpStatusCode.Created)),
            new("POST OT referral", true, "swv", (client, run, sequence) =>
            {
                var slice = otSlice(run);
                if (sequence > slice.Count)
                {
                    return Task.FromResult<bool?>(null);
                }

                return Send(client, new HttpRequestMessage(HttpMethod.Post, $"/api/v1/support-cases/{slice[(int)sequence - 1]}/ot-meetings")
                {
                    Content = JsonContent.Create(new
                    {
                        heldOn = SchoolYears.Today,
                        participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
                        decision = "refer",
                        referral = new { type = "sbo", category = (string?)null },
                    }),
                }, HttpStatusCode.Created);
            }, run => otSlice(run).Count),
        ];
    }

    private static async Task<bool?> Send(HttpClient client, HttpRequestMessage request, HttpStatusCode expected)
    {
        using (request)
        {
            return await HttpLoadClient.SendAsync(client, request, expected);
        }
    }
}
