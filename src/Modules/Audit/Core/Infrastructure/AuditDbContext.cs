using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Audit.Infrastructure;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "audit";

    public override string Schema => SchemaName;

    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    public DbSet<ChainHead> Heads => Set<ChainHead>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditDbContext).Assembly);
}
