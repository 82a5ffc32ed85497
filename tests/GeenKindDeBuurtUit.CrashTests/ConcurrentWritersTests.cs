using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The requirement: "32 concurrent writers against SQLite for 10 seconds: no client ever sees 'database is
/// locked' or a 500". One host process, one SQLite file, every writer on its own connection.
/// </summary>
public sealed class ConcurrentWritersTests(ITestOutputHelper output)
{
    private const int Writers = 32;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Thirty_two_writers_for_ten_seconds_never_see_a_lock_error_or_a_server_error()
    {
        using var database = new HostDatabase();
        await using var host = await HostProcess.StartAsync(database, "writers");
        try
        {
            await Settle.SeededAsync(database);
            var token = new TestTokens(PlatformFactory.SigningKey).Valid([Roles.Admin]);
            using var reader = host.Client(token);
            var schools = await new PlatformApi(reader).SchoolsAsync();
            var answers = new ConcurrentDictionary<string, int>();
            var failures = new ConcurrentQueue<string>();
            var clock = Stopwatch.StartNew();

            await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(host, token, w, schools, clock, answers, failures))));

            var requests = answers.Values.Sum();
            output.WriteLine($"{Writers} writers, {clock.Elapsed.TotalSeconds:0.0} s: {requests} writes ({requests / clock.Elapsed.TotalSeconds:0} per s): "
                + string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key} {a.Value}")));
            Assert.True(failures.IsEmpty, $"{failures.Count} failed writes, first: {string.Join(Environment.NewLine, failures.Take(5))}");
            Assert.True(requests >= Writers, "every writer wrote");
            Assert.DoesNotContain("database is locked", host.Output, StringComparison.OrdinalIgnoreCase);

            // The events of all those writes reach the other modules too, without a delivery failing on a lock.
            await Settle.QuietAsync(database, TimeSpan.FromSeconds(90));
            Assert.Empty(await database.FailedDeliveriesAsync());
        }
        catch
        {
            output.WriteLine(host.Output);
            throw;
        }
    }

    // A school system's day in a loop: open a case, involve the parents, an OPP, level 4; and a
    // treasurer's contribution, to a budget of the writer's own (one ledger per writer, so that
    // only the database is shared, not an aggregate).
    private static async Task WriteAsync(
        HostProcess host, string token, int writer, IReadOnlyList<School> schools, Stopwatch clock, ConcurrentDictionary<string, int> answers, ConcurrentQueue<string> failures)
    {
        using var client = host.Client(token);
        var api = new PlatformApi(client);
        var school = schools[writer % schools.Count];
        var year = $"{2050 + writer}-{2051 + writer}";
        var openedOn = KillWorkload.Today.AddDays(-10);
        for (var round = 0; clock.Elapsed < Duration; round++)
        {
            await RecordAsync("open", answers, failures, async () => await api.OpenCaseAsync(school.Id, openedOn, "writer"), async caseId =>
            {
                await RecordAsync("involvement", answers, failures, () => api.CaseStepAsync(caseId, "involvements", new { party = "parents", on = PlatformApi.Date(openedOn.AddDays(1)) }));
                await RecordAsync("opp", answers, failures, () => api.CaseStepAsync(caseId, "opp", new { establishedOn = PlatformApi.Date(openedOn.AddDays(2)) }));
                await RecordAsync("level", answers, failures, () => api.CaseStepAsync(caseId, "level", new { level = 4, reason = "Outside expertise", on = PlatformApi.Date(openedOn.AddDays(3)) }));
            });
            await RecordAsync("contribution", answers, failures, async () =>
            {
                var response = await client.PostAsJsonAsync(
                    $"/api/v1/budgets/{year}/areas/{school.AreaId}/contributions",
                    new { boardId = school.BoardId, kind = "board-funds", amount = 100m + round, externalRef = $"writer-{writer}-{round}" });
                return await PlatformApi.ExpectAsync(response, HttpStatusCode.Created);
            });
        }
    }

    private static async Task RecordAsync<T>(string what, ConcurrentDictionary<string, int> answers, ConcurrentQueue<string> failures, Func<Task<T>> call, Func<T, Task>? then = null)
    {
        T result;
        try
        {
            result = await call();
            answers.AddOrUpdate(what, 1, (_, n) => n + 1);
        }
        catch (Exception exception)
        {
            failures.Enqueue($"{what}: {exception.Message}");
            return;
        }

        if (then is not null)
        {
            await then(result);
        }
    }
}
