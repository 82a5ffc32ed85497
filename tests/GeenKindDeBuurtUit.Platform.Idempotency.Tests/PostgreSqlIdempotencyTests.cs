using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>
/// The key store and the commit fence on PostgreSQL (docs/adr/0019, 0041): the claim's insert race
/// decided by the primary key, the take-over by a conditional update, and the fence's mark in
/// PostgreSQL's quoting inside the module's transaction under Npgsql's retrying strategy.
/// </summary>
public sealed class PostgreSqlIdempotencyTests : IAsyncLifetime
{
    private const string Caller = "caller-on-postgresql";
    private const string Fingerprint = "fingerprint-of-the-first-request";

    private readonly FakeTimeProvider _clock = new();
    private PostgreSqlModuleHosts _hosts = null!;

    public async Task InitializeAsync()
    {
        if (TestProvider.PostgreSqlMissing is not null)
        {
            return;
        }

        _hosts = new PostgreSqlModuleHosts(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.Configure<IdempotencyOptions>(options => (options.Retention, options.InFlightLease) = (TimeSpan.FromDays(1), TimeSpan.FromMinutes(1)));
            services.AddDbContext<IdempotencyDbContext>((provider, options) =>
                provider.GetRequiredService<IDatabaseProviderSetup>().Configure(options, IdempotencyDbContext.SchemaName));
            services.AddScoped<IdempotencyStore>();
            services.AddScoped<IdempotencyFence>();
            services.AddScoped<ICommitFence>(provider => provider.GetRequiredService<IdempotencyFence>());
            services.AddModuleDbContext<WidgetsDbContext>("Widgets", WidgetsDbContext.SchemaName);
        });
        var host = _hosts.NewHost();
        await PostgreSqlModuleHosts.MigrateAsync<IdempotencyDbContext>(host);
        await using var scope = host.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WidgetsDbContext>().GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_hosts is not null)
        {
            await _hosts.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public async Task Requests_on_two_hosts_claiming_one_new_key_at_once_let_exactly_one_run()
    {
        var hosts = new[] { _hosts.NewHost(), _hosts.NewHost() };

        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => ClaimAsync(hosts[i % 2], "new-key"))));

        Assert.Single(claims, c => c.Outcome == ClaimOutcome.Acquired);
        Assert.All(claims.Where(c => c.Outcome != ClaimOutcome.Acquired), c => Assert.Equal(ClaimOutcome.InFlight, c.Outcome));
        Assert.Equal(claims.Single(c => c.Outcome == ClaimOutcome.Acquired).Token, (await KeyAsync("new-key")).ClaimToken);
    }

    [PostgreSqlFact]
    public async Task Retries_on_two_hosts_taking_over_a_lapsed_key_at_once_let_exactly_one_run()
    {
        var hosts = new[] { _hosts.NewHost(), _hosts.NewHost() };
        var first = await ClaimAsync(hosts[0], "lapsed-key");
        _clock.Advance(TimeSpan.FromMinutes(2));

        var retries = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => ClaimAsync(hosts[i % 2], "lapsed-key"))));

        var taken = Assert.Single(retries, c => c.Outcome == ClaimOutcome.Acquired);
        Assert.NotEqual(first.Token, taken.Token);
        Assert.Equal(taken.Token, (await KeyAsync("lapsed-key")).ClaimToken);
    }

    [PostgreSqlFact]
    public async Task The_fence_marks_the_key_in_the_module_commit_with_the_aggregate_it_added()
    {
        var host = _hosts.NewHost();
        var claim = await ClaimAsync(host, "adds-a-widget");

        var (fence, widget) = await BehindFenceAsync(host, "adds-a-widget", claim.Token, db => db.AddAsync("fenced", CancellationToken.None));

        Assert.True(fence.EffectCommitted);
        var key = await KeyAsync("adds-a-widget");
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, key.EffectCommittedAt);
        Assert.Equal(nameof(Widget), key.EffectAggregate);
        Assert.Equal(widget.Id.ToString(), key.EffectAggregateId);
        Assert.Equal(1, await CountAsync(host, db => db.Widgets.CountAsync(w => w.Name == "fenced")));
    }

    [PostgreSqlFact]
    public async Task A_commit_that_adds_no_record_passes_the_fence_with_no_aggregate_named()
    {
        var host = _hosts.NewHost();
        var widget = await CountAsync(host, async db => (await db.AddAsync("unfenced", CancellationToken.None)).Id);
        var claim = await ClaimAsync(host, "renames-a-widget");

        await BehindFenceAsync(host, "renames-a-widget", claim.Token, async db =>
        {
            await db.RenameAsync(widget, "renamed", CancellationToken.None);
            return true;
        });

        var key = await KeyAsync("renames-a-widget");
        Assert.NotNull(key.EffectCommittedAt);
        Assert.Null(key.EffectAggregate);
        Assert.Null(key.EffectAggregateId);
        Assert.Equal(1, await CountAsync(host, db => db.Widgets.CountAsync(w => w.Name == "renamed")));
    }

    [PostgreSqlFact]
    public async Task A_request_overtaken_by_a_retry_on_another_host_saves_nothing()
    {
        var (slowHost, retryHost) = (_hosts.NewHost(), _hosts.NewHost());
        var slow = await ClaimAsync(slowHost, "overtaken");
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(ClaimOutcome.Acquired, (await ClaimAsync(retryHost, "overtaken")).Outcome);

        await Assert.ThrowsAsync<CommitFenceLostException>(() =>
            BehindFenceAsync(slowHost, "overtaken", slow.Token, db => db.AddAsync("too late", CancellationToken.None)));

        Assert.Equal(0, await CountAsync(slowHost, db => db.Widgets.CountAsync(w => w.Name == "too late")));
        Assert.Equal(0, await CountAsync(slowHost, db => db.Outbox.CountAsync()));
        Assert.Null((await KeyAsync("overtaken")).EffectCommittedAt);
    }

    private static async Task<IdempotencyClaim> ClaimAsync(IServiceProvider host, string key)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().ClaimAsync(Caller, key, Fingerprint, CancellationToken.None);
    }

    private static async Task<(IdempotencyFence Fence, T Result)> BehindFenceAsync<T>(IServiceProvider host, string key, Guid token, Func<WidgetsDbContext, Task<T>> work)
    {
        await using var scope = host.CreateAsyncScope();
        var fence = scope.ServiceProvider.GetRequiredService<IdempotencyFence>();
        fence.Raise(Caller, key, token);
        var result = await work(scope.ServiceProvider.GetRequiredService<WidgetsDbContext>());
        return (fence, result);
    }

    private static async Task<T> CountAsync<T>(IServiceProvider host, Func<WidgetsDbContext, Task<T>> query)
    {
        await using var scope = host.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WidgetsDbContext>());
    }

    private async Task<IdempotencyRecord> KeyAsync(string key)
    {
        await using var scope = _hosts.NewHost().CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Keys.AsNoTracking().SingleAsync(r => r.Caller == Caller && r.Key == key);
    }
}
