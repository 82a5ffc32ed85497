using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;

internal sealed class NeighbourhoodsDbContext(DbContextOptions<NeighbourhoodsDbContext> options)
    : ModuleDbContext(options), INeighbourhoodsUnitOfWork
{
    public const string SchemaName = "neighbourhoods";

    public override string Schema => SchemaName;

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<Cluster> Clusters => Set<Cluster>();

    public DbSet<School> Schools => Set<School>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (RegisteredBrin is { } brin)
        {
            // Only the unique index on BRIN can refuse a new school that passed its checks: find out whether it did.
            ChangeTracker.Clear();
            if (await Schools.AnyAsync(s => s.Brin == brin, cancellationToken))
            {
                throw new BrinTakenException(brin, exception);
            }

            throw;
        }
    }

    private string? RegisteredBrin =>
        ChangeTracker.Entries<School>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Brin).FirstOrDefault(brin => brin is not null);

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NeighbourhoodsDbContext).Assembly);
}
