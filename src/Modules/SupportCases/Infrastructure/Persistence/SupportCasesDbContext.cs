using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.SupportCases.Application;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class SupportCasesDbContext(DbContextOptions<SupportCasesDbContext> options)
    : ModuleDbContext(options), ISupportCasesUnitOfWork
{
    public const string SchemaName = "support_cases";

    public override string Schema => SchemaName;

    public DbSet<Domain.Cases.SupportCase> Cases => Set<Domain.Cases.SupportCase>();

    public DbSet<Domain.Approaches.CollectiveApproach> CollectiveApproaches => Set<Domain.Approaches.CollectiveApproach>();

    public DbSet<Domain.History.ReferralHistory> ReferralHistories => Set<Domain.History.ReferralHistory>();

    public DbSet<Domain.History.ThuiszitterHistory> ThuiszitterHistories => Set<Domain.History.ThuiszitterHistory>();

    public DbSet<SchoolMap.SchoolBrin> SchoolBrins => Set<SchoolMap.SchoolBrin>();

    public DbSet<SchoolYears.FiguresClosure> FiguresClosures => Set<SchoolYears.FiguresClosure>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation() && OpensACase)
        {
            // The only unique key a new case can meet besides its random id: one open case per pupil per school.
            throw new OpenCaseTakenException(exception);
        }
    }

    private bool OpensACase => ChangeTracker.Entries<Domain.Cases.SupportCase>().Any(e => e.State == EntityState.Added);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new SchoolPlacementConfiguration());
        modelBuilder.ApplyConfiguration(new SchoolYearClosureConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupportCasesDbContext).Assembly);
        modelBuilder.Entity<Domain.Cases.SupportCase>().HasIndex(c => new { c.SchoolId, c.PupilRef })
            .HasFilter(SupportCaseConfiguration.OpenOnly(Database.RunsOnSqlServer()));
    }
}
