using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// A host killed before any of a school's notifications reached its receiver (which refuses them
/// while that host lives): right after the cases were acknowledged, or once every notification was
/// committed and tried. The next host on the same database delivers every one of them, each under
/// the one webhook-id it was first sent with.
/// </summary>
public sealed class NotificationCrashTests(ITestOutputHelper output)
{
    private const int Cases = 5;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_crash_between_the_commit_and_the_delivery_loses_no_notification(bool triedBeforeTheKill)
    {
        using var database = new HostDatabase();
        await using var receiver = await HookReceiver.StartAsync(StatusCodes.Status503ServiceUnavailable);
        // A short outbox lease: an event the killed host had claimed reaches the module soon after the restart.
        var settings = new Dictionary<string, string> { ["Notifications__AllowedHosts__0"] = "127.0.0.1", ["Outbox__Lease"] = "00:00:05" };
        var lives = new List<HostProcess>();
        try
        {
            lives.Add(await HostProcess.StartAsync(database, "first", settings));
            await Settle.SeededAsync(database);
            var tokens = new TestTokens(PlatformFactory.SigningKey);
            var schoolId = (await new PlatformApi(lives[0].Client(tokens.Valid([Roles.Admin]))).SchoolsAsync())[0].Id;
            using var school = lives[0].Client(tokens.Valid(["school"], [schoolId]));
            var subscribed = await school.PostAsJsonAsync("/api/v1/subscriptions", new { url = receiver.Url, types = new[] { "nl.geenkinddebuurtuit.support-case.opened" } });
            Assert.True(subscribed.StatusCode == HttpStatusCode.Created, await subscribed.Content.ReadAsStringAsync());

            var api = new PlatformApi(school);
            var cases = new List<Guid>();
            for (var i = 0; i < Cases; i++)
            {
                cases.Add(await api.OpenCaseAsync(schoolId, KillWorkload.Today.AddDays(-3), "notified"));
            }

            // Either at once, wherever the events are on their way, or once every notification is committed and was refused.
            if (triedBeforeTheKill)
            {
                await Eventually.AssertAsync(
                    async () => await database.CountAsync("SELECT COUNT(*) FROM notifications_deliveries WHERE Attempts >= 1 AND Status = 'Pending'") == Cases,
                    "every case's delivery is written and refused once", TimeSpan.FromSeconds(60));
            }

            await lives[0].KillAsync();
            var refused = receiver.Calls.ToList();
            Assert.All(refused, call => Assert.Equal(StatusCodes.Status503ServiceUnavailable, call.Answered));

            receiver.Status = StatusCodes.Status204NoContent;
            lives.Add(await HostProcess.StartAsync(database, "second", settings));
            await Eventually.AssertAsync(
                () => Task.FromResult(receiver.Calls.Where(c => c.Answered == StatusCodes.Status204NoContent).Select(c => c.Id).Distinct().Count() >= Cases),
                "the restarted host delivers every notification", TimeSpan.FromSeconds(90));

            var calls = receiver.Calls.ToList();
            Assert.Equal(Cases, calls.Select(c => c.Id).Distinct().Count());
            foreach (var caseId in cases)
            {
                var ofCase = calls.Where(c => c.Subject == caseId.ToString()).ToList();
                Assert.Single(ofCase.Select(c => c.Id).Distinct());
                Assert.Contains(ofCase, c => c.Answered == StatusCodes.Status204NoContent);
                Assert.True(!triedBeforeTheKill || refused.Any(c => c.Id == ofCase[0].Id), "the first host's attempt carried another webhook-id");
                Assert.All(ofCase, c => Assert.Equal(c.Id, c.EventId));
            }

            // The receiver has its 204 before the host writes the delivery down: wait for the mark too.
            await Eventually.AssertAsync(
                async () => await database.CountAsync("SELECT COUNT(*) FROM notifications_deliveries WHERE Status = 'Delivered'") == Cases,
                "every delivery is marked delivered once its 204 came back", TimeSpan.FromSeconds(30));
        }
        catch
        {
            foreach (var life in lives)
            {
                output.WriteLine(life.Output);
            }

            output.WriteLine("calls: " + string.Join("; ", receiver.Calls.Select(c => $"{c.Subject} {c.Id} {c.Answered}")));
            foreach (var sql in new[]
            {
                "SELECT Id, Subject, Status, Attempts, LastStatusCode, CreatedAt, NextAttemptAt, LockedUntil FROM notifications_deliveries",
                "SELECT Id, Type, Subject, Time FROM notifications_notifications",
                "SELECT Id, Type, OccurredAt, ProcessedAt, LockedUntil, NextAttemptAt FROM support_cases_outbox_messages WHERE Type LIKE '%Opened%'",
                "SELECT * FROM notifications_inbox_messages",
            })
            {
                output.WriteLine(sql);
                foreach (var row in await database.RowsAsync(sql))
                {
                    output.WriteLine("  " + string.Join(" | ", row));
                }
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

    /// <summary>A receiver on loopback in the test process, outliving the hosts; it answers the status it is told.</summary>
    private sealed class HookReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private HookReceiver(WebApplication app) => _app = app;

        public ConcurrentQueue<Hook> Calls { get; } = new();

        public int Status { get; set; }

        public string Url => $"{_app.Urls.First()}/hooks";

        public static async Task<HookReceiver> StartAsync(int status)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var receiver = new HookReceiver(app) { Status = status };
            app.MapPost("/hooks", async (HttpRequest request) =>
            {
                var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!;
                var answer = receiver.Status;
                receiver.Calls.Enqueue(new Hook(request.Headers["webhook-id"].ToString(), body["id"]!.GetValue<string>(), body["subject"]!.GetValue<string>(), answer));
                return Results.StatusCode(answer);
            });
            await app.StartAsync();
            return receiver;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed record Hook(string Id, string EventId, string Subject, int Answered);
}
