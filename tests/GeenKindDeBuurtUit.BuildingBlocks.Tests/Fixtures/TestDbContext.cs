using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>A test-only module context: it both publishes and receives, over its own outbox and inbox.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "test";

    public override string Schema => SchemaName;

    // As a module whose events share rows: its shares take turns on PostgreSQL (docs/adr/0087).
    public override bool DeliveriesTakeTurns => true;

    public DbSet<Widget> Widgets => Set<Widget>();

    public DbSet<Effect> Effects => Set<Effect>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>(widget =>
        {
            widget.ToTable("widgets");
            widget.HasKey(w => w.Id);
            widget.HasIndex(w => w.Name).IsUnique();
        });
        modelBuilder.Entity<Effect>().ToTable("effects");
    }
}
