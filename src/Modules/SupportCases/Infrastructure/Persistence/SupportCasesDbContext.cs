using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.SupportCases.Application;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure;

internal sealed class SupportCasesDbContext(DbContextOptions<SupportCasesDbContext> options)
    : ModuleDbContext(options), ISupportCasesUnitOfWork
{
    public const string SchemaName = "support_cases";

    public override string Schema => SchemaName;

    public DbSet<Domain.Cases.SupportCase> Cases => Set<Domain.Cases.SupportCase>();

    public DbSet<Domain.Approaches.CollectiveApproach> CollectiveApproaches => Set<Domain.Approaches.CollectiveApproach>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new SchoolPlacementConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupportCasesDbContext).Assembly);
    }
}
