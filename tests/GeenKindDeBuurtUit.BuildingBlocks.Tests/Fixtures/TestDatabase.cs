using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.ReadCaches;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Platform.Outbox;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>The test module on a real database of its own on the matrix's engine, wired as the host wires a module.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly MatrixDatabase _database = new();
    private readonly ServiceProvider _services;

    private TestDatabase()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Signal);
        services.AddSingleton(Fault);
        services.AddSingleton<IFaultInjector>(Arrivals);
        _database.AddTo(services);
        services.AddModuleDbContext<TestDbContext>("Test", TestDbContext.SchemaName, (options, provider) => options.CountChanges(provider, TestDbContext.SchemaName));
        services.AddOptions<OutboxRelayOptions>();
        services.AddIntegrationEventTypes(typeof(TestDatabase).Assembly);
        services.AddTestMediator();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new();

    /// <summary>The SQLite file (tests of SQLite's own behaviour only).</summary>
    public string DatabaseFile => _database.SqliteFile;

    public IOutboxRelaySignal Signal { get; } = Substitute.For<IOutboxRelaySignal>();

    public HandlerFault Fault { get; } = new();

    public FaultPointArrivals Arrivals { get; } = new();

    public IServiceProvider Services => _services;

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await database.InScopeAsync(context => context.Database.EnsureCreatedAsync());
        return database;
    }

    /// <summary>A relay instance of its own, as a second host would have.</summary>
    public OutboxRelay NewRelay() => ActivatorUtilities.CreateInstance<OutboxRelay>(_services);

    public async Task<T> InScopeAsync<T>(Func<TestDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task InScopeAsync(Func<TestDbContext, Task> work) => InScopeAsync(async context =>
    {
        await work(context);
        return true;
    });

    public Task PublishAsync(IntegrationEvent integrationEvent) => InScopeAsync(context =>
    {
        context.Publish(integrationEvent);
        return context.CommitAsync(CancellationToken.None);
    });

    public Task<int> EffectsOfAsync(Guid eventId) => InScopeAsync(context => context.Effects.CountAsync(e => e.EventId == eventId));

    public Task<int> InboxRowsOfAsync(Guid eventId) => InScopeAsync(context => context.Inbox.CountAsync(m => m.EventId == eventId));

    public Task<OutboxMessage> OutboxMessageAsync(Guid eventId) =>
        InScopeAsync(context => context.Outbox.AsNoTracking().SingleAsync(m => m.Id == eventId));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }
}
