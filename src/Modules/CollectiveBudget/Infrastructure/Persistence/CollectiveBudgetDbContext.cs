using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Expertise;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal sealed class CollectiveBudgetDbContext(DbContextOptions<CollectiveBudgetDbContext> options, RecalculationSignal signal)
    : ModuleDbContext(options), ICollectiveBudgetUnitOfWork
{
    public const string SchemaName = "collective_budget";

    private const int MaxAttempts = 3;

    public override string Schema => SchemaName;

    // Every referral counts in its school's budget row and asks for its area's recalculation: rows many events share.
    public override bool DeliveriesTakeTurns => true;

    public DbSet<AreaBudget> AreaBudgets => Set<AreaBudget>();

    public DbSet<AgreementRevision> AgreementRevisions => Set<AgreementRevision>();

    public DbSet<ReferralRecord> ReferralRecords => Set<ReferralRecord>();

    public DbSet<ImportedReferrals> ImportedReferrals => Set<ImportedReferrals>();

    public DbSet<PendingRecalculation> PendingRecalculations => Set<PendingRecalculation>();

    public DbSet<ExpertiseHoursRecord> ExpertiseHours => Set<ExpertiseHoursRecord>();

    /// <summary>Set when this unit of work stored a recalculation request; the job is signalled once it commits.</summary>
    public bool RecalculationRequested { get; set; }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Two writers opened the same budget or appended the same ledger line at once: the same
            // situation as a stale version, and answered the same way (412; the job retries).
            throw new DbUpdateConcurrencyException("Someone else changed this budget at the same time.", exception);
        }
    }

    public async Task<T> RetryOnConcurrentChangeAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await change();
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                ChangeTracker.Clear();
            }
        }
    }

    internal void Committed()
    {
        if (RecalculationRequested)
        {
            RecalculationRequested = false;
            signal.Requested();
        }
    }

    internal void RolledBack() => RecalculationRequested = false;

    /// <summary>A unit abandoned before its commit or rollback leaves no request behind for the next lease.</summary>
    protected override void Leased() => RecalculationRequested = false;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new SchoolPlacementConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CollectiveBudgetDbContext).Assembly);
    }
}
