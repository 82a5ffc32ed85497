using System.Net;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Host.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>
/// Exactly once across slow requests and lost answers: a request's key is a fence in its module's
/// own transaction (docs/adr/0019). A small module on the key table's SQLite file, a fake clock.
/// </summary>
public sealed class IdempotencyFenceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _atGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrivals;
    private IdempotencyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await IdempotencyTestHost.StartAsync(_clock, app =>
    {
        app.MapPost("/api/v1/widgets", async (WidgetBody body, WidgetsDbContext db, CancellationToken ct) => Created(await db.AddAsync(body.Name, ct)));
        app.MapPost("/api/v1/widgets/{id:guid}/name", async (Guid id, WidgetBody body, WidgetsDbContext db, CancellationToken ct) =>
        {
            await db.RenameAsync(id, body.Name, ct);
            return Results.Ok(new { id, name = body.Name });
        });
        app.MapPost("/api/v1/slow-widgets", async (WidgetBody body, WidgetsDbContext db) =>
        {
            // Only the first arrival is slow: it commits when the test opens the gate.
            if (Interlocked.Increment(ref _arrivals) == 1)
            {
                _atGate.SetResult();
                await _gate.Task;
            }

            return Created(await db.AddAsync(body.Name, CancellationToken.None));
        });
        app.MapPost("/api/v1/widgets-then-fail", async (WidgetBody body, WidgetsDbContext db, CancellationToken ct) =>
        {
            await db.AddAsync(body.Name, ct);
            throw new InvalidOperationException("The answer could not be built after the commit.");
        });
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_slow_request_overtaken_after_its_lease_saves_nothing_and_only_the_retry_takes_effect()
    {
        var slow = _host.SendAsync("/api/v1/slow-widgets", "ann", "slow", Body("Slow"));
        await _atGate.Task.WaitAsync(TimeSpan.FromSeconds(10));

        _clock.Advance(TimeSpan.FromSeconds(61));
        var retry = await _host.SendAsync("/api/v1/slow-widgets", "ann", "slow", Body("Slow"));
        _gate.SetResult();
        var overtaken = await slow;
        var again = await _host.SendAsync("/api/v1/slow-widgets", "ann", "slow", Body("Slow"));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var problem = await Problem.AssertAsync(overtaken, HttpStatusCode.Conflict);
        Assert.Equal(IdempotencyProblems.TakenOver, problem["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(retry.Headers.Location, again.Headers.Location);
        Assert.True(again.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(1, await _host.WidgetsAsync("Slow"));
        Assert.Equal(1, await _host.OutboxRowsAsync());
    }

    [Fact]
    public async Task A_retry_after_the_answer_was_lost_is_told_the_request_took_effect_and_runs_nothing()
    {
        // The disk refuses the answer after the module committed, as a process dying there would leave it.
        await _host.ExecuteAsync(_host.OnPostgreSql
            ? "CREATE FUNCTION idempotency.lose_answer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$; "
              + "CREATE TRIGGER lose_answer BEFORE UPDATE OF \"StatusCode\" ON idempotency.keys FOR EACH ROW WHEN (NEW.\"StatusCode\" IS NOT NULL) EXECUTE FUNCTION idempotency.lose_answer();"
            : "CREATE TRIGGER lose_answer BEFORE UPDATE OF StatusCode ON idempotency_keys WHEN NEW.StatusCode IS NOT NULL BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");

        var first = await _host.SendAsync("/api/v1/widgets", "bea", "lost", Body("Lost"));
        var meanwhile = await _host.SendAsync("/api/v1/widgets", "bea", "lost", Body("Lost"));
        _clock.Advance(TimeSpan.FromSeconds(61));
        var retry = await _host.SendAsync("/api/v1/widgets", "bea", "lost", Body("Lost"));
        var again = await _host.SendAsync("/api/v1/widgets", "bea", "lost", Body("Lost"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        Assert.Equal(IdempotencyProblems.InFlight, (await Problem.AssertAsync(meanwhile, HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        var lost = await Problem.AssertAsync(retry, HttpStatusCode.Conflict);
        Assert.Equal(IdempotencyProblems.AnswerLost, lost["code"]!.GetValue<string>());
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), lost["committedAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("Widget", lost["aggregate"]!.GetValue<string>());
        Assert.Equal(id.ToString(), lost["aggregateId"]!.GetValue<string>());
        Assert.Contains("2026-03-02 08:00:00 UTC", lost["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(IdempotencyProblems.AnswerLost, (await Problem.AssertAsync(again, HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        Assert.Equal(1, await _host.WidgetsAsync("Lost"));
        Assert.Equal(1, await _host.OutboxRowsAsync());
    }

    [Fact]
    public async Task A_server_error_after_the_effect_committed_keeps_the_key_and_a_retry_is_told_at_once()
    {
        var failed = await _host.SendAsync("/api/v1/widgets-then-fail", "cas", "late", Body("Late"));
        var retry = await _host.SendAsync("/api/v1/widgets-then-fail", "cas", "late", Body("Late"));

        var problem = await Problem.AssertAsync(failed, HttpStatusCode.InternalServerError);
        Assert.Contains("traceId", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("could not be built", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(IdempotencyProblems.AnswerLost, (await Problem.AssertAsync(retry, HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        Assert.Equal(1, await _host.WidgetsAsync("Late"));
    }

    [Fact]
    public async Task A_request_that_took_effect_keeps_its_answer_with_the_time_of_its_commit()
    {
        var first = await _host.SendAsync("/api/v1/widgets", "dan", "kept", Body("Kept"));
        var replay = await _host.SendAsync("/api/v1/widgets", "dan", "kept", Body("Kept"));

        var key = await _host.KeyAsync("dan", "kept");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal(201, key!.StatusCode);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, key.EffectCommittedAt);
        Assert.Equal(1, await _host.WidgetsAsync("Kept"));
    }

    [Fact]
    public async Task A_change_that_adds_no_record_passes_the_fence_and_is_replayed_with_no_aggregate_named()
    {
        var created = await _host.SendAsync("/api/v1/widgets", "fay", null, Body("Before"));
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();

        var first = await _host.SendAsync($"/api/v1/widgets/{id}/name", "fay", "rename", Body("After"));
        var replay = await _host.SendAsync($"/api/v1/widgets/{id}/name", "fay", "rename", Body("After"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True(replay.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        var key = await _host.KeyAsync("fay", "rename");
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, key!.EffectCommittedAt);
        Assert.Null(key.EffectAggregate);
        Assert.Null(key.EffectAggregateId);
        Assert.Equal(1, await _host.WidgetsAsync("After"));
    }

    [Fact]
    public async Task Commits_without_a_key_are_not_fenced()
    {
        await _host.SendAsync("/api/v1/widgets", "eve", null, Body("Keyless"));
        await _host.SendAsync("/api/v1/widgets", "eve", null, Body("Keyless"));

        Assert.Equal(2, await _host.WidgetsAsync("Keyless"));
        Assert.Equal(0, await _host.InScopeAsync(services => services.GetRequiredService<IdempotencyDbContext>().Keys.CountAsync()));
    }

    private static IResult Created(Widget widget) => Results.Created($"/api/v1/widgets/{widget.Id}", new { id = widget.Id });

    private static string Body(string name) => $$"""{"name":"{{name}}"}""";
}
