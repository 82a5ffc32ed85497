using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Outbox;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Jobs;

/// <summary>
/// One module outbox on a database of its own on the matrix's engine, so the relay job runs against real rows with no
/// platform relay beside it. Its rows name no registered event: each is dead-lettered, a failure
/// the job reports, with no handler involved.
/// </summary>
internal sealed class RelayJobDatabase : IAsyncDisposable
{
    private readonly MatrixDatabase _database = new("gkdbu-relay-job-");
    private readonly ServiceProvider _services;

    public RelayJobDatabase()
    {
        var services = new ServiceCollection();
        services.AddDbContext<RelayJobDbContext>(options => _database.Use(options));
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new();

    /// <summary>Runs once, at the relay's first log line: while the run is delivering.</summary>
    public Action? DuringDelivery { get; set; }

    public async Task<Guid> AddUnknownEventAsync(string? lockedBy = null, DateTime? lockedUntil = null)
    {
        var id = Guid.NewGuid();
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RelayJobDbContext>();
        await context.Database.EnsureCreatedAsync();
        context.Outbox.Add(new OutboxMessage
        {
            Id = id,
            Type = "No.Such.Event, Nowhere",
            Payload = "{}",
            OccurredAt = Clock.GetUtcNow().UtcDateTime,
            LockedBy = lockedBy,
            LockedUntil = lockedUntil,
        });
        await context.SaveChangesAsync();
        return id;
    }

    public OutboxRelay NewRelay() => new(
        _services.GetRequiredService<IServiceScopeFactory>(),
        [new OutboxSource("RelayJob", typeof(RelayJobDbContext))],
        new IntegrationEventTypes([]),
        Clock,
        Options.Create(new OutboxRelayOptions()),
        new FirstLogLine(this));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    private sealed class FirstLogLine(RelayJobDatabase database) : ILogger<OutboxRelay>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var action = database.DuringDelivery;
            database.DuringDelivery = null;
            action?.Invoke();
        }
    }
}

internal sealed class RelayJobDbContext(DbContextOptions<RelayJobDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "relay_job";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
