using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A module's own database context: its own schema (on SQLite, which has no schemas, a table
/// prefix), its own outbox and inbox, and the unit of work of its application layer.
/// </summary>
/// <remarks>
/// Contexts are pooled (docs/adr/0069): a module context's only constructor takes its options, and
/// each lease is handed its scope's collaborators (<see cref="Use"/>) before anything reads them.
/// </remarks>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IUnitOfWork
{
    private ModuleDbContextDependencies dependencies = ModuleDbContextDependencies.None;
    private bool leased;

    /// <summary>The schema on SQL Server and the table prefix on SQLite, for example <c>support_cases</c>.</summary>
    public abstract string Schema { get; }

    /// <summary>
    /// True for a module whose handlers write rows that many events share (a count per school, a request per area):
    /// on PostgreSQL its shares of delivered events then take turns, so they cannot deadlock (docs/adr/0087).
    /// </summary>
    public virtual bool DeliveriesTakeTurns => false;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public void Publish(IntegrationEvent integrationEvent)
    {
        var stamped = integrationEvent.OccurredAt == default
            ? integrationEvent with { OccurredAt = Clock.GetUtcNow() }
            : integrationEvent;
        Outbox.Add(new OutboxMessage
        {
            Id = stamped.EventId,
            Type = IntegrationEventSerializer.TypeName(stamped.GetType()),
            Payload = IntegrationEventSerializer.Serialize(stamped),
            OccurredAt = stamped.OccurredAt.UtcDateTime,
            SupportCaseId = (stamped as ISupportCaseEvent)?.SupportCaseId,
        });
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var wroteOutbox = HoldsNewOutboxMessages();
        await SaveChangesAsync(cancellationToken);
        if (wroteOutbox && Database.CurrentTransaction is null)
        {
            Faults.Reached(PlatformFaultPoints.OutboxCommitted);
            NotifyOutboxWritten();
        }
    }

    // Opened by the caller, the connection stays open across EF's statements; closing it gives it back to the driver's pool.
    public async Task<IAsyncDisposable> KeepConnectionOpenAsync(CancellationToken cancellationToken)
    {
        await Database.OpenConnectionAsync(cancellationToken);
        return new OpenConnection(Database);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = ChangesDetectedOnce();
        if (dependencies.CommitFence is not { IsRaised: true } fence)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            // The caller's transaction commits the fence's mark together with everything else it holds.
            await fence.EnterAsync(this, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // SQL Server's retrying strategy refuses a transaction begun outside it; a retry runs the
        // whole transaction again, so the changes are accepted only once it has committed.
        var written = await Database.CreateExecutionStrategy().ExecuteAsync(
            (Context: this, Fence: fence),
            static (_, state, ct) => state.Context.SaveBehindFenceAsync(state.Fence, ct),
            verifySucceeded: null,
            cancellationToken);
        fence.Committed();
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (dependencies.CommitFence is { IsRaised: true })
        {
            // The fence is a database round trip of its own; no request path saves synchronously.
            throw new InvalidOperationException("A module context saves asynchronously while a request holds an Idempotency-Key.");
        }

        using var detected = ChangesDetectedOnce();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Hands this context (a new one or a pooled one leased again) the collaborators of the scope it now serves.</summary>
    /// <param name="leased">True when a scope's lease returns this context to the pool (<see cref="ModuleDbContextLease{TContext}"/>).</param>
    internal void Use(ModuleDbContextDependencies scoped, bool leased = false)
    {
        dependencies = scoped;
        this.leased = leased;
        Leased();
    }

    /// <remarks>
    /// While a scope's lease holds this context, disposing it is the lease's alone: the scope also
    /// disposes it once for every registration that handed it out (the context and its module's unit
    /// of work), and a pooled context returned twice is leased to two scopes at once.
    /// </remarks>
    public override void Dispose()
    {
        if (!leased)
        {
            base.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync() => leased ? default : base.DisposeAsync();

    /// <summary>Back to the pool, once per lease.</summary>
    internal ValueTask ReturnAsync()
    {
        leased = false;
        return DisposeAsync();
    }

    /// <inheritdoc cref="ReturnAsync"/>
    internal void Return()
    {
        leased = false;
        Dispose();
    }

    /// <summary>A pooled context forgets EF's state between leases, not its own: a module resets its own here.</summary>
    protected virtual void Leased()
    {
    }

    /// <summary>Whether this unit adds to the outbox: an added row is known as added without detecting changes.</summary>
    internal bool HoldsNewOutboxMessages()
    {
        using var undetected = new AutoDetection(ChangeTracker, enabled: false);
        return ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
    }

    internal void NotifyOutboxWritten() => dependencies.RelaySignal?.OutboxWritten();

    internal IFaultInjector Faults => dependencies.Faults;

    internal IntegrationEventCollector? Collector => dependencies.Collector;

    protected internal TimeProvider Clock => dependencies.Clock;

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var sqlite = Database.RunsOnSqlite();
        if (!sqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModel(modelBuilder);
        ModuleModelConventions.Apply(modelBuilder, sqlite ? Schema : null);
    }

    private async Task<int> SaveBehindFenceAsync(ICommitFence fence, CancellationToken cancellationToken)
    {
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await fence.EnterAsync(this, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    // EF detects changes in every Entries() call and again in SaveChanges, each time over every
    // tracked entity: once is enough, and a version bumped afterwards is detected on its entry.
    // An aggregate changed when EF sees a change to it or it raised a domain event (a change to
    // one of its children): either way its version moves on, so a stale If-Match is caught.
    private AutoDetection ChangesDetectedOnce()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        var detected = new AutoDetection(ChangeTracker, enabled: false);
        try
        {
            foreach (var entry in ChangeTracker.Entries<AggregateRoot>().ToList())
            {
                if (entry.State is EntityState.Modified || (entry.State is EntityState.Unchanged && entry.Entity.DomainEvents.Count > 0))
                {
                    entry.Entity.IncrementVersion();
                    entry.DetectChanges();
                }

                entry.Entity.ClearDomainEvents();
            }
        }
        catch
        {
            detected.Dispose();
            throw;
        }

        return detected;
    }

    /// <summary>Sets EF's automatic change detection for a while, and back as it was.</summary>
    private readonly struct AutoDetection : IDisposable
    {
        private readonly Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker;
        private readonly bool was;

        public AutoDetection(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker, bool enabled)
        {
            (this.tracker, was) = (tracker, tracker.AutoDetectChangesEnabled);
            tracker.AutoDetectChangesEnabled = enabled;
        }

        public void Dispose() => tracker.AutoDetectChangesEnabled = was;
    }

    private sealed class OpenConnection(DatabaseFacade database) : IAsyncDisposable
    {
        private int closed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref closed, 1) == 0)
            {
                await database.CloseConnectionAsync();
            }
        }
    }
}
