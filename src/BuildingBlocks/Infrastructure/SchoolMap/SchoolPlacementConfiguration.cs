using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;

/// <summary>Apply in a module's model to give it its own <c>school_placements</c> table.</summary>
public sealed class SchoolPlacementConfiguration : IEntityTypeConfiguration<SchoolPlacement>
{
    public void Configure(EntityTypeBuilder<SchoolPlacement> builder)
    {
        builder.ToTable("school_placements");
        builder.HasKey(p => p.SchoolId);
        builder.Property(p => p.SchoolId).ValueGeneratedNever();
        builder.HasIndex(p => p.ClusterId);
        builder.HasIndex(p => p.AreaId);
    }
}
