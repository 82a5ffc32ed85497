using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

internal sealed class SchoolSpotConfiguration : IEntityTypeConfiguration<SchoolSpot>
{
    public void Configure(EntityTypeBuilder<SchoolSpot> builder)
    {
        builder.ToTable("schools");
        builder.HasKey(s => s.SchoolId);
        builder.Property(s => s.SchoolId).ValueGeneratedNever();
        builder.Property(s => s.PlacedAsOf).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(s => s.AreaId);
    }
}
