using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The requirement: "SIGTERM: in-flight requests finish and jobs are released for the next start". The relay
/// is held in the middle of a delivery (a hang point, docs/adr/0017) with a ten-minute lease, and
/// requests are in flight with half their body sent, when the host gets SIGTERM.
/// </summary>
public sealed class ShutdownTests(ITestOutputHelper output)
{
    private const int InFlight = 8;

    private static readonly Dictionary<string, string> LongLease = new() { ["Outbox__Lease"] = "00:10:00" };

    [Fact]
    public async Task On_SIGTERM_requests_in_flight_get_full_answers_and_the_relay_hands_back_its_claim_for_the_next_start()
    {
        using var database = new HostDatabase();
        var token = new TestTokens(PlatformFactory.SigningKey).Valid([Roles.Admin]);
        var lives = new List<HostProcess>();
        try
        {
            var seeding = await StartAsync(database, "seed", null, lives);
            await Settle.SeededAsync(database);
            await Settle.QuietAsync(database, TimeSpan.FromSeconds(30));
            await StopAsync(seeding);

            var held = await StartAsync(database, "held", new(LongLease) { [FaultInjection.HangVariable] = $"{PlatformFaultPoints.HandlerCommitted}:1" }, lives);
            using var client = held.Client(token);
            var api = new PlatformApi(client);
            var school = (await api.SchoolsAsync())[0];
            await api.OpenCaseAsync(school.Id, KillWorkload.Today.AddDays(-5), "held");
            await Eventually.AssertAsync(() => Task.FromResult(held.Output.Contains("HANG POINT", StringComparison.Ordinal)), "the relay reaches the hang point", TimeSpan.FromSeconds(30));
            var claimed = await database.RowsAsync("SELECT Id FROM support_cases_outbox_messages WHERE ProcessedAt IS NULL AND LockedBy IS NOT NULL");
            var eventId = Guid.Parse((string)Assert.Single(claimed)[0]!);
            var handledBefore = await database.InboxRecordsAsync(eventId);
            Assert.Equal(1, handledBefore);

            // Requests in flight: headers and half a body sent; the rest follows after SIGTERM.
            var rest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var bodies = Enumerable.Range(0, InFlight).Select(_ => new HalfSentBody(new { schoolId = school.Id, pupilRef = PlatformApi.NewPupil("sigterm"), needs = new[] { "language" }, level = 2 }, rest.Task)).ToList();
            var sends = bodies.Select(body => client.PostAsync("/api/v1/support-cases", body)).ToList();
            await Task.WhenAll(bodies.Select(b => b.HalfSent));
            await Task.Delay(500);
            var terminated = Stopwatch.StartNew();
            held.Terminate();
            await Task.Delay(1000);
            Assert.False(held.HasExited, "the host waits for the requests in flight");
            rest.SetResult();

            var answers = await Task.WhenAll(sends);
            foreach (var answer in answers)
            {
                PlatformApi.IdOf(await PlatformApi.ExpectAsync(answer, HttpStatusCode.Created));
            }

            Assert.True(await held.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the host stops within its shutdown timeout");
            output.WriteLine($"SIGTERM to exit: {terminated.Elapsed.TotalSeconds:0.0} s; exit code {held.ExitCode}; {InFlight} requests in flight answered 201.");
            Assert.Equal(0, held.ExitCode);
            Assert.Contains("released 1 claimed SupportCases outbox message(s)", held.Output, StringComparison.Ordinal);
            Assert.Equal(0L, await database.CountAsync($"SELECT COUNT(*) FROM support_cases_outbox_messages WHERE LockedBy IS NOT NULL AND ProcessedAt IS NULL"));

            // The next start delivers at once, although the lease the held run took would last ten minutes.
            var restart = Stopwatch.StartNew();
            var next = await StartAsync(database, "next", LongLease, lives);
            await Settle.QuietAsync(database, TimeSpan.FromSeconds(30));
            Assert.True(await database.InboxRecordsAsync(eventId) > handledBefore, "the handlers the held run had not reached have the event now");
            Assert.Equal(1 + InFlight, await database.CountAsync("SELECT COUNT(*) FROM monitoring_cases"));
            output.WriteLine($"After the restart everything was delivered {restart.Elapsed.TotalSeconds:0.0} s after starting the host (lease: 10 minutes).");
            await StopAsync(next);
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

    private static async Task<HostProcess> StartAsync(HostDatabase database, string name, Dictionary<string, string>? environment, List<HostProcess> lives)
    {
        var host = await HostProcess.StartAsync(database, name, environment);
        lives.Add(host);
        return host;
    }

    private static async Task StopAsync(HostProcess host)
    {
        host.Terminate();
        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the host stops on SIGTERM");
        Assert.Equal(0, host.ExitCode);
    }

    /// <summary>A request body that sends its first half at once and the rest only when told: a request the server is in the middle of.</summary>
    private sealed class HalfSentBody : HttpContent
    {
        private readonly byte[] _body;
        private readonly Task _rest;
        private readonly TaskCompletionSource _halfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HalfSentBody(object body, Task rest)
        {
            _body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            _rest = rest;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public Task HalfSent => _halfSent.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var half = _body.Length / 2;
            await stream.WriteAsync(_body.AsMemory(0, half));
            await stream.FlushAsync();
            _halfSent.TrySetResult();
            await _rest;
            await stream.WriteAsync(_body.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }
}
