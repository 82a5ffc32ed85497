using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Monitoring.Application;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure;

/// <summary>Monitoring's own read models, kept current from the other modules' events; it never reads their tables.</summary>
internal sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options)
    : ModuleDbContext(options), IMonitoringUnitOfWork
{
    public const string SchemaName = "monitoring";

    public override string Schema => SchemaName;

    // Every referral counts in its school's summary row and moves the read model's version: rows many events share.
    public override bool DeliveriesTakeTurns => true;

    public DbSet<UnitName> UnitNames => Set<UnitName>();

    public DbSet<CaseFacts> Cases => Set<CaseFacts>();

    public DbSet<LevelChangeFact> LevelChanges => Set<LevelChangeFact>();

    public DbSet<ReferralFact> Referrals => Set<ReferralFact>();

    public DbSet<ReferralSummary> ReferralSummaries => Set<ReferralSummary>();

    public DbSet<ThuiszitterPeriodFact> ThuiszitterPeriods => Set<ThuiszitterPeriodFact>();

    public DbSet<EscalationFact> Escalations => Set<EscalationFact>();

    public DbSet<OtMeetingFact> OtMeetings => Set<OtMeetingFact>();

    public DbSet<CollectiveApproachFact> CollectiveApproaches => Set<CollectiveApproachFact>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ExpertiseRequestFact> ExpertiseRequests => Set<ExpertiseRequestFact>();

    public DbSet<ExpertiseHoursFact> ExpertiseHours => Set<ExpertiseHoursFact>();

    public DbSet<BudgetFact> Budgets => Set<BudgetFact>();

    public DbSet<ReadModelVersion> ReadModelVersions => Set<ReadModelVersion>();

    public DbSet<ImportedReferrals> ImportedReferrals => Set<ImportedReferrals>();

    public DbSet<ImportedThuiszitters> ImportedThuiszitters => Set<ImportedThuiszitters>();

    public DbSet<SchoolYearFigures> SchoolYearFigures => Set<SchoolYearFigures>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation() && (SetsANewTarget || ClosesAYearFirst))
        {
            // Two admins set a year nobody had set (or close one nobody had closed), at once: the same race as a stale version, answered the same way (412).
            throw new DbUpdateConcurrencyException("Someone else changed this school year at the same time.", exception);
        }
    }

    private bool SetsANewTarget => ChangeTracker.Entries<Target>().Any(e => e.State == EntityState.Added);

    private bool ClosesAYearFirst => ChangeTracker.Entries<SchoolYearFigures>().Any(e => e.State == EntityState.Added);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new SchoolPlacementConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MonitoringDbContext).Assembly);
    }
}
