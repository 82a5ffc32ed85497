using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class CollectiveApproachConfiguration : IEntityTypeConfiguration<CollectiveApproach>
{
    public void Configure(EntityTypeBuilder<CollectiveApproach> builder)
    {
        builder.ToTable("collective_approaches");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(a => a.Needs).ElementType(e => e.HasConversion<string>()).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(a => a.SchoolIds).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
