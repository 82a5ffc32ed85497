using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.ExpertisePool.Application;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class ExpertisePoolDbContext(DbContextOptions<ExpertisePoolDbContext> options)
    : ModuleDbContext(options), IExpertisePoolUnitOfWork
{
    public const string SchemaName = "expertise_pool";

    public override string Schema => SchemaName;

    public DbSet<Professional> Professionals => Set<Professional>();

    public DbSet<ExpertiseRequest> Requests => Set<ExpertiseRequest>();

    public DbSet<SupportCaseReference> SupportCases => Set<SupportCaseReference>();


    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new SchoolPlacementConfiguration());
        modelBuilder.ApplyConfiguration(new SchoolYearClosureConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ExpertisePoolDbContext).Assembly);
    }
}
