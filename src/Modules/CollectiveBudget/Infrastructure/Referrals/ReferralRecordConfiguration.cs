using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

internal sealed class ReferralRecordConfiguration : IEntityTypeConfiguration<ReferralRecord>
{
    public void Configure(EntityTypeBuilder<ReferralRecord> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => new { r.CaseId, r.DecidedOn, r.Kind });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.SchoolYearStart, r.SchoolId });
        // The projection counts an area's referrals of a year and the year before, school by school: with every
        // column it reads in the index, SQLite never visits the table (1.1 -> 0.16 ms for an area at city volume).
        builder.HasIndex(r => new { r.SchoolId, r.SchoolYearStart, r.Kind, r.Referrals, r.Withdrawals });
    }
}
