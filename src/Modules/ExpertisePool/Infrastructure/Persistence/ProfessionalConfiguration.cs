using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class ProfessionalConfiguration : IEntityTypeConfiguration<Professional>
{
    public void Configure(EntityTypeBuilder<Professional> builder)
    {
        builder.ToTable("professionals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Organisation).HasMaxLength(200);
        builder.Property(p => p.HoursPerWeek).HasPrecision(6, 2);
        builder.PrimitiveCollection(p => p.Expertise).ElementType(e => e.HasConversion<string>()).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(p => p.AreaIds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => p.IsActive);
    }
}
