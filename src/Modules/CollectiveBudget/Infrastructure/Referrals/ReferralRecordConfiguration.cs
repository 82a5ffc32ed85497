using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure;

internal sealed class ReferralRecordConfiguration : IEntityTypeConfiguration<ReferralRecord>
{
    public void Configure(EntityTypeBuilder<ReferralRecord> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => new { r.CaseId, r.DecidedOn, r.Kind });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.SchoolYearStart, r.SchoolId });
        builder.HasIndex(r => r.SchoolId);
    }
}
