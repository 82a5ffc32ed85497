using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Expertise;

internal sealed class ExpertiseHoursRecordConfiguration : IEntityTypeConfiguration<ExpertiseHoursRecord>
{
    public void Configure(EntityTypeBuilder<ExpertiseHoursRecord> builder)
    {
        builder.ToTable("expertise_hours");
        builder.HasKey(r => r.EntryId);
        builder.Property(r => r.EntryId).ValueGeneratedNever();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Hours).HasPrecision(6, 2);
        builder.HasIndex(r => new { r.SchoolYearStart, r.AreaId, r.Charged });
    }
}
