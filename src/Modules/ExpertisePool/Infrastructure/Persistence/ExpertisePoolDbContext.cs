using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.ExpertisePool.Application;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure;

internal sealed class ExpertisePoolDbContext(DbContextOptions<ExpertisePoolDbContext> options)
    : ModuleDbContext(options), IExpertisePoolUnitOfWork
{
    public const string SchemaName = "expertise_pool";

    public override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new SchoolPlacementConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ExpertisePoolDbContext).Assembly);
    }
}
