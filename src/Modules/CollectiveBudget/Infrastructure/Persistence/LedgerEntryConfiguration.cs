using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("ledger_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();

        // One line per position: two writers that both append line n cannot both commit.
        builder.HasIndex(e => new { e.SchoolYearStart, e.AreaId, e.Sequence }).IsUnique();
        builder.HasIndex(e => e.CorrectsEntryId);

        // A reference is the board's own, across areas and years; only contributions carry both.
        builder.HasIndex(e => new { e.BoardId, e.ExternalRef }).IsUnique();

        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.CorrectedKind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Amount).HasPrecision(18, 2);
        builder.Property(e => e.Hours).HasPrecision(9, 2);
        builder.Property(e => e.ExternalRef).HasMaxLength(100);
        builder.Property(e => e.Purpose).HasMaxLength(500);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.BookedBy).HasMaxLength(200);
        builder.Ignore(e => e.CountsAs);
        builder.Ignore(e => e.IsContribution);
    }
}
