using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>The read models whose every change moves a version, so what is built from them can be kept until they change (docs/adr/0025).</summary>
internal enum VersionedReadModel
{
    /// <summary>Where each school stands, and the names of schools, clusters and areas.</summary>
    SchoolMap = 1,

    /// <summary>The referral counts per school and school year, recorded (docs/adr/0022) and imported (docs/adr/0050).</summary>
    ReferralSummaries = 2,
}

/// <summary>
/// A number that goes up in the same transaction as every change to its read model: a host keeps
/// what it built from the model while the number stands, and any host sharing the database sees a
/// change by reading one row.
/// </summary>
internal sealed class ReadModelVersion
{
    private ReadModelVersion()
    {
    }

    public VersionedReadModel Id { get; private set; }

    public long Version { get; private set; }
}

internal sealed class ReadModelVersionConfiguration : IEntityTypeConfiguration<ReadModelVersion>
{
    public void Configure(EntityTypeBuilder<ReadModelVersion> builder)
    {
        builder.ToTable("read_model_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(Enum.GetValues<VersionedReadModel>().Select(model => new { Id = model, Version = 0L }));
    }
}
