using System.Net;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Host.Tests;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>
/// The idempotency middleware on a tiny host (<see cref="IdempotencyTestHost"/>): endpoints that
/// count their effects, one that waits at a gate, ones that fail or refuse, and a fake clock
/// (docs/adr/0016, 0019).
/// </summary>
public sealed class IdempotencyMiddlewareTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _atGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _effects;
    private int _failuresLeft;
    private IdempotencyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await IdempotencyTestHost.StartAsync(_clock, app =>
    {
        app.MapPost("/api/v1/things", (HttpResponse response) =>
        {
            var id = Interlocked.Increment(ref _effects);
            response.Headers.ETag = $"\"{id}\"";
            return Results.Created($"/api/v1/things/{id}", new { id });
        });
        app.MapPost("/api/v1/slow", async () =>
        {
            _atGate.SetResult();
            await _gate.Task;
            return Results.Ok(new { effect = Interlocked.Increment(ref _effects) });
        });
        app.MapPost("/api/v1/slow-create", async () =>
        {
            _atGate.SetResult();
            await _gate.Task;
            var id = Interlocked.Increment(ref _effects);
            return Results.Created($"/api/v1/things/{id}", new { id });
        });
        app.MapPost("/api/v1/flaky", () =>
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new InvalidOperationException("database went away");
            }

            return Results.Ok(new { effect = Interlocked.Increment(ref _effects) });
        });
        app.MapPost("/api/v1/refused", () =>
        {
            Interlocked.Increment(ref _effects);
            throw new BusinessRuleViolationException(new RefusedRule());
        });
        app.MapPost("/api/v1/invalid", () =>
        {
            Interlocked.Increment(ref _effects);
            throw InvalidRequestException.For("name", $"Not a name (run {_effects}).");
        });
        app.MapPost("/api/v1/answers/{status:int}", (int status) =>
        {
            var run = Interlocked.Increment(ref _effects);
            return Results.Json(new { run }, statusCode: status);
        });
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_second_request_while_the_first_runs_is_409_and_a_retry_after_it_answered_replays_it()
    {
        var first = Send("/api/v1/slow", "alice", "k-1", "{}");
        await _atGate.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var concurrent = await Send("/api/v1/slow", "alice", "k-1", "{}");
        _gate.SetResult();
        var answered = await first;
        var retry = await Send("/api/v1/slow", "alice", "k-1", "{}");

        Assert.Equal(HttpStatusCode.Conflict, concurrent.StatusCode);
        Assert.Equal("application/problem+json", concurrent.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await answered.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task A_client_that_gives_up_before_the_answer_leaves_the_whole_answer_for_its_retry()
    {
        using var givingUp = new CancellationTokenSource();
        var first = _host.Client.SendAsync(Request("/api/v1/slow-create", "carol", "k-gone"), givingUp.Token);
        await _atGate.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await givingUp.CancelAsync();
        _gate.SetResult();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(TimeSpan.FromSeconds(10)));
        await Eventually.AssertAsync(async () => (await _host.KeyAsync("carol", "k-gone"))?.StatusCode is not null, "the answer is kept");
        var retry = await Send("/api/v1/slow-create", "carol", "k-gone", "{}");

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Single());
        Assert.Equal("{\"id\":1}", await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task Ten_concurrent_requests_with_one_key_have_one_effect()
    {

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Send("/api/v1/things", "bob", "burst", "{\"a\":1}")));

        Assert.Equal(1, _effects);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_key_is_kept_for_its_retention_and_is_free_again_after_it_and_the_cleanup_removes_it()
    {
        var first = await Send("/api/v1/things", "carol", "day-old", "{\"a\":1}");

        _clock.Advance(TimeSpan.FromHours(23));
        var withinRetention = await Send("/api/v1/things", "carol", "day-old", "{\"a\":2}");
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await RemoveExpiredAsync());
        var afterRetention = await Send("/api/v1/things", "carol", "day-old", "{\"a\":2}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withinRetention.StatusCode);
        Assert.Equal(HttpStatusCode.Created, afterRetention.StatusCode);
        Assert.Equal(2, _effects);
        Assert.Equal(0, await RemoveExpiredAsync());
    }

    [Fact]
    public async Task An_expired_key_not_yet_cleaned_up_is_taken_over_by_the_next_request()
    {
        await Send("/api/v1/things", "dave", "old", "{}");

        _clock.Advance(TimeSpan.FromDays(2));
        var again = await Send("/api/v1/things", "dave", "old", "{\"other\":true}");
        var replay = await Send("/api/v1/things", "dave", "old", "{\"other\":true}");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(again.Headers.Location, replay.Headers.Location);
        Assert.Equal(2, _effects);
    }

    [Fact]
    public async Task A_key_left_in_flight_by_a_crash_blocks_only_until_its_lease_runs_out()
    {
        var fingerprint = _host.Fingerprints.OfRequest("POST", "/api/v1/things", Encoding.UTF8.GetBytes("{}"));
        var claim = await _host.InScopeAsync(services =>
            services.GetRequiredService<IdempotencyStore>().ClaimAsync(_host.CallerOf("erin"), "crashed", fingerprint, CancellationToken.None));
        Assert.Equal(ClaimOutcome.Acquired, claim.Outcome);

        var blocked = await Send("/api/v1/things", "erin", "crashed", "{}");
        _clock.Advance(TimeSpan.FromSeconds(61));
        var served = await Send("/api/v1/things", "erin", "crashed", "{}");

        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.Created, served.StatusCode);
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task A_server_error_is_not_replayed_so_the_retry_can_succeed()
    {
        _failuresLeft = 1;

        var failed = await Send("/api/v1/flaky", "frank", "retry-me", "{}");
        var retried = await Send("/api/v1/flaky", "frank", "retry-me", "{}");
        var replayed = await Send("/api/v1/flaky", "frank", "retry-me", "{}");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.True(replayed.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task Another_path_with_the_same_key_is_422_and_a_token_without_sub_is_400()
    {
        await Send("/api/v1/things", "grace", "shared", "{}");

        var otherPath = await Send("/api/v1/flaky", "grace", "shared", "{}");
        var noSub = await Send("/api/v1/things", null, "shared", "{}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherPath.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSub.StatusCode);
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task A_business_rule_refusal_thrown_by_the_endpoint_is_replayed_with_its_body()
    {
        var refused = await Send("/api/v1/refused", "heidi", "rule", "{}");
        var replayed = await Send("/api/v1/refused", "heidi", "rule", "{}");

        var problem = await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(RefusedRule.RuleCode, problem["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replayed.StatusCode);
        Assert.Equal("application/problem+json", replayed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await refused.Content.ReadAsStringAsync(), await replayed.Content.ReadAsStringAsync());
        Assert.Equal("true", Assert.Single(replayed.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader)));
        Assert.Equal(1, _effects);
    }

    [Fact]
    public async Task A_validation_refusal_is_not_kept_so_the_retry_and_a_corrected_body_run_with_the_same_key()
    {
        var invalid = await Send("/api/v1/invalid", "ivan", "form", "{\"name\":\"\"}");
        var kept = await _host.KeyAsync("ivan", "form");
        var retried = await Send("/api/v1/invalid", "ivan", "form", "{\"name\":\"\"}");
        var corrected = await Send("/api/v1/invalid", "ivan", "form", "{\"name\":\"Ivan\"}");

        await Problem.AssertFieldAsync(invalid, "name");
        Assert.Null(kept);
        Assert.False(retried.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(HttpStatusCode.BadRequest, corrected.StatusCode);
        Assert.Equal(3, _effects);
        Assert.Null(await _host.KeyAsync("ivan", "form"));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task A_final_refusal_returned_by_the_endpoint_is_kept_and_replayed(int status)
    {
        var first = await Send($"/api/v1/answers/{status}", "judy", $"final-{status}", "{}");
        var retry = await Send($"/api/v1/answers/{status}", "judy", $"final-{status}", "{}");

        Assert.Equal(status, (int)first.StatusCode);
        Assert.Equal(status, (int)retry.StatusCode);
        Assert.Equal("{\"run\":1}", await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(1, _effects);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(408)]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_answer_that_may_pass_later_is_not_kept_so_the_retry_runs(int status)
    {
        var first = await Send($"/api/v1/answers/{status}", "kim", $"passing-{status}", "{}");
        var retry = await Send($"/api/v1/answers/{status}", "kim", $"passing-{status}", "{}");

        Assert.Equal(status, (int)first.StatusCode);
        Assert.Equal("{\"run\":2}", await retry.Content.ReadAsStringAsync());
        Assert.False(retry.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Null(await _host.KeyAsync("kim", $"passing-{status}"));
    }

    [Fact]
    public async Task A_412_on_a_stale_If_Match_is_replayed_and_the_same_key_with_another_If_Match_is_another_request()
    {
        var first = await SendWithIfMatch("\"1\"");
        var sameVersion = await SendWithIfMatch("\"1\"");
        var otherVersion = await SendWithIfMatch("\"2\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, first.StatusCode);
        Assert.True(sameVersion.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherVersion.StatusCode);
        Assert.Equal(1, _effects);

        Task<HttpResponseMessage> SendWithIfMatch(string version)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/answers/412") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            request.Headers.Add(IdempotencyKeyHeader.Name, "stale");
            request.Headers.Add(IdempotencyTestHost.SubHeader, "liam");
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(version));
            return _host.Client.SendAsync(request);
        }
    }

    private Task<int> RemoveExpiredAsync() =>
        _host.InScopeAsync(services => services.GetRequiredService<IdempotencyStore>().RemoveExpiredAsync(CancellationToken.None));

    private Task<HttpResponseMessage> Send(string path, string? sub, string key, string json) => _host.SendAsync(path, sub, key, json);

    private static HttpRequestMessage Request(string path, string sub, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add(IdempotencyKeyHeader.Name, key);
        request.Headers.Add(IdempotencyTestHost.SubHeader, sub);
        return request;
    }

    private sealed class RefusedRule : IBusinessRule
    {
        public const string RuleCode = "test-refused";

        public string Code => RuleCode;

        public string Message => "The test always refuses.";

        public bool IsBroken() => true;
    }
}
