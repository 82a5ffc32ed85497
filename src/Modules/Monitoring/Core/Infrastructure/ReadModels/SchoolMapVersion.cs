using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>
/// One row whose number goes up in the same transaction as every change to monitoring's school
/// map or unit names (docs/adr/0025): a host keeps the map it built while the number stands, and
/// any host sharing the database sees a change by reading one row.
/// </summary>
internal sealed class SchoolMapVersion
{
    public const int RowId = 1;

    private SchoolMapVersion()
    {
    }

    public int Id { get; private set; }

    public long Version { get; private set; }
}

internal sealed class SchoolMapVersionConfiguration : IEntityTypeConfiguration<SchoolMapVersion>
{
    public void Configure(EntityTypeBuilder<SchoolMapVersion> builder)
    {
        builder.ToTable("school_map_version");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new { Id = SchoolMapVersion.RowId, Version = 0L });
    }
}
