using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

internal sealed class ImportedReferralsConfiguration : IEntityTypeConfiguration<ImportedReferrals>
{
    public void Configure(EntityTypeBuilder<ImportedReferrals> builder)
    {
        builder.ToTable("imported_referrals");
        // Year first, as the summaries: the figures read one or two school years of every school.
        builder.HasKey(r => new { r.SchoolYearStart, r.SchoolId });
        builder.Property(r => r.SchoolYearStart).ValueGeneratedNever();
        builder.HasIndex(r => r.SchoolId);
        // Two imports of one year delivered at once: the one that read an older revision fails and runs again.
        builder.Property(r => r.Revision).IsConcurrencyToken();
    }
}

internal sealed class ImportedThuiszittersConfiguration : IEntityTypeConfiguration<ImportedThuiszitters>
{
    public void Configure(EntityTypeBuilder<ImportedThuiszitters> builder)
    {
        builder.ToTable("imported_thuiszitters");
        builder.HasKey(t => new { t.SchoolYearStart, t.AreaId });
        builder.Property(t => t.SchoolYearStart).ValueGeneratedNever();
        builder.HasIndex(t => t.AreaId);
        builder.Property(t => t.Revision).IsConcurrencyToken();
    }
}
