using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure;

internal sealed class NeighbourhoodsDbContext(DbContextOptions<NeighbourhoodsDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string SchemaName = "neighbourhoods";

    public override string Schema => SchemaName;

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<Cluster> Clusters => Set<Cluster>();

    public DbSet<School> Schools => Set<School>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NeighbourhoodsDbContext).Assembly);
}
