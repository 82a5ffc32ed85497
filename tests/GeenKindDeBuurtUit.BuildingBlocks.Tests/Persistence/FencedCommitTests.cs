using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Platform.Idempotency;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>
/// A module's commit behind a request's Idempotency-Key (docs/adr/0019): the test module and the
/// key table in one database on the matrix's engine, under a retrying execution strategy as a server runs with.
/// </summary>
public sealed class FencedCommitTests : IAsyncLifetime
{
    private const string Caller = "CALLER";
    private readonly MatrixDatabase _database = new("gkdbu-fence-");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        _database.AddTo(services);
        services.AddIdempotencyKeys(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var scope = _services.CreateAsyncScope();
        await using var module = NewContext(scope.ServiceProvider);
        await module.Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_fenced_commit_that_fails_transiently_is_retried_whole_and_saves_once()
    {
        var id = Guid.NewGuid();
        var failOnce = new FailOnceInterceptor();
        await using var scope = _services.CreateAsyncScope();
        await RaiseAsync(scope.ServiceProvider, "retried");
        await using var context = NewContext(scope.ServiceProvider, failOnce);

        context.Widgets.Add(new Widget(id, "Retried"));
        context.Publish(new WidgetCreated(id));
        await context.CommitAsync(CancellationToken.None);

        var key = await KeyAsync("retried");
        Assert.Equal(2, failOnce.Attempts);
        Assert.Equal(1, await CountAsync(c => c.Widgets.CountAsync(w => w.Id == id)));
        Assert.Equal(1, await CountAsync(c => c.Outbox.CountAsync()));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, key.EffectCommittedAt);
        Assert.Equal(nameof(Widget), key.EffectAggregate);
        Assert.Equal(id.ToString(), key.EffectAggregateId);
        Assert.Equal(EntityState.Unchanged, Assert.Single(context.ChangeTracker.Entries<Widget>()).State);
    }

    [Fact]
    public async Task A_commit_whose_key_was_taken_over_saves_nothing_not_even_its_outbox_rows()
    {
        var id = Guid.NewGuid();
        await using var scope = _services.CreateAsyncScope();
        var fence = await RaiseAsync(scope.ServiceProvider, "overtaken");
        _clock.Advance(TimeSpan.FromSeconds(61));
        var retry = await ClaimAsync("overtaken");
        await using var context = NewContext(scope.ServiceProvider);

        context.Widgets.Add(new Widget(id, "Overtaken"));
        context.Publish(new WidgetCreated(id));
        await Assert.ThrowsAsync<CommitFenceLostException>(() => context.CommitAsync(CancellationToken.None));

        var key = await KeyAsync("overtaken");
        Assert.Equal(ClaimOutcome.Acquired, retry.Outcome);
        Assert.True(fence.TakenOver);
        Assert.False(fence.EffectCommitted);
        Assert.Equal(0, await CountAsync(c => c.Widgets.CountAsync()));
        Assert.Equal(0, await CountAsync(c => c.Outbox.CountAsync()));
        Assert.Equal(retry.Token, key.ClaimToken);
        Assert.Null(key.EffectCommittedAt);
    }

    [Fact]
    public async Task Once_the_effect_is_committed_a_retry_after_the_lease_does_not_take_the_key_over()
    {
        await using var scope = _services.CreateAsyncScope();
        var fence = await RaiseAsync(scope.ServiceProvider, "committed");
        await using var context = NewContext(scope.ServiceProvider);
        context.Widgets.Add(new Widget(Guid.NewGuid(), "Committed"));
        await context.CommitAsync(CancellationToken.None);

        var duringLease = await ClaimAsync("committed");
        _clock.Advance(TimeSpan.FromSeconds(61));
        var afterLease = await ClaimAsync("committed");

        Assert.True(fence.EffectCommitted);
        Assert.Equal(ClaimOutcome.InFlight, duringLease.Outcome);
        Assert.Equal(ClaimOutcome.AnswerLost, afterLease.Outcome);
    }

    [Fact]
    public async Task Without_a_raised_fence_a_commit_leaves_the_keys_alone()
    {
        await using var scope = _services.CreateAsyncScope();
        await ClaimAsync("unrelated");
        await using var context = NewContext(scope.ServiceProvider);

        context.Widgets.Add(new Widget(Guid.NewGuid(), "Unfenced"));
        await context.CommitAsync(CancellationToken.None);

        Assert.Equal(1, await CountAsync(c => c.Widgets.CountAsync()));
        Assert.Null((await KeyAsync("unrelated")).EffectCommittedAt);
    }

    private async Task<IdempotencyFence> RaiseAsync(IServiceProvider scope, string key)
    {
        var claim = await ClaimAsync(key);
        var fence = scope.GetRequiredService<IdempotencyFence>();
        fence.Raise(Caller, key, claim.Token);
        return fence;
    }

    private async Task<IdempotencyClaim> ClaimAsync(string key)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().ClaimAsync(Caller, key, "FINGERPRINT", CancellationToken.None);
    }

    private async Task<IdempotencyRecord> KeyAsync(string key)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Keys.AsNoTracking().SingleAsync(r => r.Caller == Caller && r.Key == key);
    }

    private async Task<int> CountAsync(Func<TestDbContext, Task<int>> count)
    {
        await using var scope = _services.CreateAsyncScope();
        await using var context = NewContext(scope.ServiceProvider);
        return await count(context);
    }

    // The collaborators are the scope's, as AddModuleDbContext wires a module's context in a request.
    private TestDbContext NewContext(IServiceProvider scope, params IInterceptor[] interceptors)
    {
        var context = new TestDbContext(_database
            .Use(new DbContextOptionsBuilder<TestDbContext>(), d => new RetryOnTransientStrategy(d))
            .AddInterceptors(interceptors)
            .Options);
        context.Use(ModuleDbContextDependencies.From(scope));
        return context;
    }

    /// <summary>Fails the first save after the fence's statement ran in the transaction, as a dropped connection would.</summary>
    private sealed class FailOnceInterceptor : SaveChangesInterceptor
    {
        public int Attempts { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ++Attempts == 1 ? throw new TransientTestException() : ValueTask.FromResult(result);
    }
}
