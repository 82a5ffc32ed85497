using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Facilities.Application;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

internal sealed class FacilitiesDbContext(DbContextOptions<FacilitiesDbContext> options)
    : ModuleDbContext(options), IFacilitiesUnitOfWork
{
    public const string SchemaName = "facilities";

    public override string Schema => SchemaName;

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<FacilityHistoryEntry> History => Set<FacilityHistoryEntry>();

    public DbSet<SchoolSpot> Schools => Set<SchoolSpot>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FacilitiesDbContext).Assembly);
}
