using System.Net;
using System.Security.Claims;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// The idempotency middleware on a tiny host of its own: endpoints that count their effects, one
/// that waits at a gate, one that fails, and a fake clock (docs/adr/0016).
/// </summary>
public sealed class IdempotencyMiddlewareTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gkdbu-idempotency-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _atGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _effects;
    private int _failuresLeft;
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Idempotency:Retention"] = "1.00:00:00",
            ["Idempotency:InFlightLease"] = "00:01:00",
        });
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddSingleton(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "keys.db")}", true));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddIdempotencyKeys(builder.Configuration);
        _app = builder.Build();

        _app.UseExceptionHandler();

        // Stands in for the bearer token: the caller's sub from a test header.
        _app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-Sub", out var sub))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", sub.ToString())], "test"));
            }

            return next(context);
        });
        _app.UseIdempotencyKeys("/api/v1");
        _app.MapPost("/api/v1/things", (HttpResponse response) =>
        {
            var id = Interlocked.Increment(ref _effects);
            response.Headers.ETag = $"\"{id}\"";
            return Results.Created($"/api/v1/things/{id}", new { id });
        });
        _app.MapPost("/api/v1/slow", async () =>
        {
            _atGate.SetResult();
            await _gate.Task;
            return Results.Ok(new { effect = Interlocked.Increment(ref _effects) });
        });
        _app.MapPost("/api/v1/flaky", () =>
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new InvalidOperationException("database went away");
            }

            return Results.Ok(new { effect = Interlocked.Increment(ref _effects) });
        });

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Database.MigrateAsync();
        }

        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_second_request_while_the_first_runs_is_409_and_a_retry_after_it_answered_replays_it()
    {
        var client = _app.GetTestClient();
        var first = Send(client, "/api/v1/slow", "alice", "k-1", "{}");
        await _atGate.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var concurrent = await Send(client, "/api/v1/slow", "alice", "k-1", "{}");
        _gate.SetResult();
        var answered = await first;
        var retry = await Send(client, "/api/v1/slow", "alice", "k-1", "{}");

        Assert.Equal(HttpStatusCode.Conflict, concurrent.StatusCode);
        Assert.Equal("application/problem+json", concurrent.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await answered.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task Ten_concurrent_requests_with_one_key_have_one_effect()
    {
        var client = _app.GetTestClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Send(client, "/api/v1/things", "bob", "burst", "{\"a\":1}")));

        Assert.Equal(1, _effects);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_key_is_kept_for_its_retention_and_is_free_again_after_it_and_the_cleanup_removes_it()
    {
        var client = _app.GetTestClient();
        var first = await Send(client, "/api/v1/things", "carol", "day-old", "{\"a\":1}");

        _clock.Advance(TimeSpan.FromHours(23));
        var withinRetention = await Send(client, "/api/v1/things", "carol", "day-old", "{\"a\":2}");
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await RemoveExpiredAsync());
        var afterRetention = await Send(client, "/api/v1/things", "carol", "day-old", "{\"a\":2}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withinRetention.StatusCode);
        Assert.Equal(HttpStatusCode.Created, afterRetention.StatusCode);
        Assert.Equal(2, _effects);
        Assert.Equal(0, await RemoveExpiredAsync());
    }

    [Fact]
    public async Task An_expired_key_not_yet_cleaned_up_is_taken_over_by_the_next_request()
    {
        var client = _app.GetTestClient();
        await Send(client, "/api/v1/things", "dave", "old", "{}");

        _clock.Advance(TimeSpan.FromDays(2));
        var again = await Send(client, "/api/v1/things", "dave", "old", "{\"other\":true}");
        var replay = await Send(client, "/api/v1/things", "dave", "old", "{\"other\":true}");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(again.Headers.Location, replay.Headers.Location);
        Assert.Equal(2, _effects);
    }

    [Fact]
    public async Task A_key_left_in_flight_by_a_crash_blocks_only_until_its_lease_runs_out()
    {
        var fingerprint = IdempotencyFingerprint.Of("POST", "/api/v1/things", Encoding.UTF8.GetBytes("{}"));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var claim = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().ClaimAsync(IdempotencyFingerprint.OfCaller("erin"), "crashed", fingerprint, CancellationToken.None);
            Assert.Equal(ClaimOutcome.Acquired, claim.Outcome);
        }

        var client = _app.GetTestClient();
        var blocked = await Send(client, "/api/v1/things", "erin", "crashed", "{}");
        _clock.Advance(TimeSpan.FromSeconds(61));
        var served = await Send(client, "/api/v1/things", "erin", "crashed", "{}");

        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.Created, served.StatusCode);
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task A_server_error_is_not_replayed_so_the_retry_can_succeed()
    {
        _failuresLeft = 1;
        var client = _app.GetTestClient();

        var failed = await Send(client, "/api/v1/flaky", "frank", "retry-me", "{}");
        var retried = await Send(client, "/api/v1/flaky", "frank", "retry-me", "{}");
        var replayed = await Send(client, "/api/v1/flaky", "frank", "retry-me", "{}");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.True(replayed.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task Another_path_with_the_same_key_is_422_and_a_token_without_sub_is_400()
    {
        var client = _app.GetTestClient();
        await Send(client, "/api/v1/things", "grace", "shared", "{}");

        var otherPath = await Send(client, "/api/v1/flaky", "grace", "shared", "{}");
        var noSub = await Send(client, "/api/v1/things", null, "shared", "{}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherPath.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSub.StatusCode);
        Assert.Equal(1, _effects);
    }

    private async Task<int> RemoveExpiredAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().RemoveExpiredAsync(CancellationToken.None);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, string? sub, string key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(IdempotencyKeyHeader.Name, key);
        if (sub is not null)
        {
            request.Headers.Add("X-Test-Sub", sub);
        }

        return client.SendAsync(request);
    }
}
