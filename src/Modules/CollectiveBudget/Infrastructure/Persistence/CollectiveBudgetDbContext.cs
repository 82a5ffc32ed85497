using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure;

internal sealed class CollectiveBudgetDbContext(DbContextOptions<CollectiveBudgetDbContext> options)
    : ModuleDbContext(options), ICollectiveBudgetUnitOfWork
{
    public const string SchemaName = "collective_budget";

    public override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new SchoolPlacementConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CollectiveBudgetDbContext).Assembly);
    }
}
