using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

internal sealed class ImportedReferralsConfiguration : IEntityTypeConfiguration<ImportedReferrals>
{
    public void Configure(EntityTypeBuilder<ImportedReferrals> builder)
    {
        builder.ToTable("imported_referrals");
        builder.HasKey(h => new { h.SchoolYearStart, h.SchoolId });

        // Two imports of a school's year handled at once must not both win: the later writer fails and is retried.
        builder.Property(h => h.Revision).IsConcurrencyToken();

        // A school that moves asks for every year it has history in.
        builder.HasIndex(h => h.SchoolId);
    }
}
