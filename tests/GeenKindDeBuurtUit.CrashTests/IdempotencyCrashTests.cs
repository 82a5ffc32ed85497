using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.Platform.Idempotency;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The requirement: a retried POST "without a second effect", when the process dies where it hurts most
/// (docs/adr/0019): after the module committed and before the answer to the Idempotency-Key was
/// stored. The host is killed there with SIGKILL, restarted on the same SQLite file, and the client
/// retries with the same key once the key's (short) lease has run out.
/// </summary>
public sealed class IdempotencyCrashTests(ITestOutputHelper output)
{
    private const string Professionals = "/api/v1/professionals";

    private static readonly Dictionary<string, string> ShortLease = new()
    {
        ["Idempotency__InFlightLease"] = "00:00:02",

        // The first life migrated the file; the others start as a deployment that ran the scripts.
        ["Database__ApplyMigrationsAtStartup"] = "false",
    };

    [Fact]
    public async Task Killed_between_the_commit_and_storing_the_answer_the_retry_after_a_restart_is_told_what_took_effect_and_registers_nothing()
    {
        using var database = new HostDatabase();
        var token = new TestTokens(PlatformFactory.SigningKey).Valid([Roles.Coordinator]);
        var name = $"Crash {Guid.NewGuid().ToString("N")[..8]}";
        var key = Guid.NewGuid().ToString();
        var lives = new List<HostProcess>();
        try
        {
            // The pilot's areas reach the expertise pool first: a professional names one.
            var setup = await StartAsync(database, "setup", null, lives);
            await Settle.SeededAsync(database);
            await setup.KillAsync();

            var doomed = await StartAsync(database, "doomed", new(ShortLease) { [FaultInjection.KillVariable] = $"{IdempotencyFaultPoints.AnswerUnstored}:1" }, lives);
            using (var client = doomed.Client(token))
            {
                await Assert.ThrowsAnyAsync<HttpRequestException>(() => RegisterAsync(client, name, key));
            }

            Assert.True(await doomed.WaitForExitAsync(TimeSpan.FromSeconds(15)), "the host did not die at its crash point");
            Assert.Equal(137, doomed.ExitCode);
            Assert.Contains($"CRASH POINT {IdempotencyFaultPoints.AnswerUnstored} reached (1)", doomed.Output, StringComparison.Ordinal);
            Assert.Equal(1, await database.CountAsync($"SELECT COUNT(*) FROM expertise_pool_professionals WHERE Name = '{name}'"));
            Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM idempotency_keys WHERE EffectCommittedAt IS NOT NULL AND StatusCode IS NULL"));

            var restarted = await StartAsync(database, "restarted", ShortLease, lives);
            using var retrying = restarted.Client(token);
            var (retry, inFlight) = await RetryPastTheLeaseAsync(retrying, name, key);
            var again = await RegisterAsync(retrying, name, key);

            var problem = await ProblemAsync(retry, HttpStatusCode.Conflict);
            Assert.Equal(IdempotencyProblems.AnswerLost, problem["code"]!.GetValue<string>());
            Assert.Equal("Professional", problem["aggregate"]!.GetValue<string>());
            Assert.Equal(IdempotencyProblems.AnswerLost, (await ProblemAsync(again, HttpStatusCode.Conflict))["code"]!.GetValue<string>());
            var registered = await retrying.GetAsync($"{Professionals}/{problem["aggregateId"]!.GetValue<string>()}");
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
            Assert.Equal(name, JsonNode.Parse(await registered.Content.ReadAsStringAsync())!["name"]!.GetValue<string>());
            Assert.Equal(1, await database.CountAsync($"SELECT COUNT(*) FROM expertise_pool_professionals WHERE Name = '{name}'"));
            output.WriteLine($"Killed after the commit; after the restart {inFlight} retr{(inFlight == 1 ? "y" : "ies")} within the lease heard 409 in-flight, then: {problem["detail"]}");
        }
        catch
        {
            foreach (var life in lives)
            {
                output.WriteLine(life.Output);
            }

            throw;
        }
        finally
        {
            foreach (var life in lives)
            {
                await life.DisposeAsync();
            }
        }
    }

    /// <summary>Until the lease the commit renewed runs out, a retry hears that the first request still runs.</summary>
    private static async Task<(HttpResponseMessage Answer, int InFlight)> RetryPastTheLeaseAsync(HttpClient client, string name, string key)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        for (var inFlight = 0; ; inFlight++)
        {
            var answer = await RegisterAsync(client, name, key);
            var text = await answer.Content.ReadAsStringAsync();
            if (!text.Contains(IdempotencyProblems.InFlight, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return (answer, inFlight);
            }

            await Task.Delay(250);
        }
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string name, string key)
    {
        var body = $$"""{"name":"{{name}}","organisation":"OKT Osdorp","expertise":["language"],"areaIds":["{{PilotIds.Osdorp}}"],"hoursPerWeek":8}""";
        var request = new HttpRequestMessage(HttpMethod.Post, Professionals) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(IdempotencyKeyHeader.Name, key);
        return client.SendAsync(request);
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<HostProcess> StartAsync(HostDatabase database, string name, Dictionary<string, string>? environment, List<HostProcess> lives)
    {
        var host = await HostProcess.StartAsync(database, name, environment);
        lives.Add(host);
        return host;
    }
}
