using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

internal sealed class PendingRecalculationConfiguration : IEntityTypeConfiguration<PendingRecalculation>
{
    public void Configure(EntityTypeBuilder<PendingRecalculation> builder)
    {
        builder.ToTable("pending_recalculations");
        builder.HasKey(p => new { p.SchoolYearStart, p.AreaId });

        // Two requests at once must not both write the same next generation, or a run could miss one of them.
        builder.Property(p => p.Generation).IsConcurrencyToken();
        builder.Property(p => p.ClaimedBy).HasMaxLength(200);
        builder.HasIndex(p => p.RequestedAt);
    }
}
