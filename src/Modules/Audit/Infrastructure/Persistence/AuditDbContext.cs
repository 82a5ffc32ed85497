using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "audit";

    public override string Schema => SchemaName;

    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    public DbSet<ChainHead> Heads => Set<ChainHead>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditDbContext).Assembly);

        // The migrations add a trigger that refuses UPDATE and DELETE of a record: append-only in
        // the database itself, not only in this code. SQL Server must know, or EF writes with OUTPUT
        // (refused on a table with triggers); SQLite's table name gets its prefix only later, and
        // its BEFORE triggers do not touch inserts.
        if (!Database.RunsOnSqlite())
        {
            modelBuilder.Entity<AuditRecord>().ToTable(AuditRecordConfiguration.RecordsTable, table => table.HasTrigger(AuditRecordConfiguration.AppendOnlyTrigger));
        }
    }
}
