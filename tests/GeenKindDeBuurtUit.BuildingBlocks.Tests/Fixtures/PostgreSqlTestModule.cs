using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.ReadCaches;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Platform.Outbox;
using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>
/// The test module on a PostgreSQL database of its own, and as many hosts on it as a test asks
/// for: each host is a service provider of its own, wired as the host wires a module on PostgreSQL.
/// </summary>
public sealed class PostgreSqlTestModule : IAsyncDisposable
{
    private readonly PostgreSqlTestDatabase _database = PostgreSqlTestDatabase.Create();
    private readonly List<ServiceProvider> _hosts = [];

    private PostgreSqlTestModule(int batchSize) => BatchSize = batchSize;

    public FakeTimeProvider Clock { get; } = new();

    public HandlerFault Fault { get; } = new();

    public int BatchSize { get; }

    public string ConnectionString => _database.ConnectionString;

    public static async Task<PostgreSqlTestModule> CreateAsync(int batchSize = 100)
    {
        var module = new PostgreSqlTestModule(batchSize);
        await module.InScopeAsync(module.NewHost(), context => context.Database.EnsureCreatedAsync());
        return module;
    }

    public IServiceProvider NewHost()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Fault);
        var database = new DatabaseSettings(DatabaseProvider.PostgreSql, _database.ConnectionString, false);
        services.AddSingleton(database);
        services.AddPostgreSqlPersistence(database);
        services.AddModuleDbContext<TestDbContext>("Test", TestDbContext.SchemaName, (options, provider) => options.CountChanges(provider, TestDbContext.SchemaName));
        services.Configure<OutboxRelayOptions>(options => options.BatchSize = BatchSize);
        services.AddIntegrationEventTypes(typeof(TestDatabase).Assembly);
        services.AddTestMediator();
        var host = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _hosts.Add(host);
        return host;
    }

    public static OutboxRelay NewRelay(IServiceProvider host) => ActivatorUtilities.CreateInstance<OutboxRelay>(host);

    public async Task<T> InScopeAsync<T>(IServiceProvider host, Func<TestDbContext, Task<T>> work)
    {
        await using var scope = host.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task<T> InScopeAsync<T>(Func<TestDbContext, Task<T>> work) => InScopeAsync(_hosts[0], work);

    public Task PublishAsync(IEnumerable<IntegrationEvent> integrationEvents) => InScopeAsync(async context =>
    {
        foreach (var integrationEvent in integrationEvents)
        {
            // Apart in time, so the oldest-first order of a claim is the order of publishing.
            Clock.Advance(TimeSpan.FromMilliseconds(1));
            context.Publish(integrationEvent);
        }

        await context.CommitAsync(CancellationToken.None);
        return true;
    });

    public Task<List<OutboxMessage>> OutboxAsync() => InScopeAsync(context => context.Outbox.AsNoTracking().OrderBy(m => m.OccurredAt).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _database.Dispose();
    }
}
