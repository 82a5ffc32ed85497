using GeenKindDeBuurtUit.SupportCases.Domain.History;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class ReferralHistoryConfiguration : IEntityTypeConfiguration<ReferralHistory>
{
    public void Configure(EntityTypeBuilder<ReferralHistory> builder)
    {
        HistoryTables.Configure<ReferralHistory, ReferralHistoryRow>(builder, "referral_histories");
        builder.OwnsMany(h => h.Rows, row =>
        {
            row.ToTable("referral_history_rows");
            row.WithOwner().HasForeignKey(nameof(ReferralHistory.SchoolYearStart));
            row.HasKey(nameof(ReferralHistory.SchoolYearStart), nameof(ReferralHistoryRow.SchoolId));

            // The import names the school: left to convention, EF would take a new row with its id set for a stored one (an UPDATE of nothing).
            row.Property(r => r.SchoolId).ValueGeneratedNever();
            row.Ignore(r => r.Key);
            row.Ignore(r => r.Total);

            // "Does this school have imported history in a year": asked for every referral decided.
            row.HasIndex(r => r.SchoolId);
        });
        builder.Navigation(h => h.Rows).HasField("_rows").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ThuiszitterHistoryConfiguration : IEntityTypeConfiguration<ThuiszitterHistory>
{
    public void Configure(EntityTypeBuilder<ThuiszitterHistory> builder)
    {
        HistoryTables.Configure<ThuiszitterHistory, ThuiszitterHistoryRow>(builder, "thuiszitter_histories");
        builder.OwnsMany(h => h.Rows, row =>
        {
            row.ToTable("thuiszitter_history_rows");
            row.WithOwner().HasForeignKey(nameof(ThuiszitterHistory.SchoolYearStart));
            row.HasKey(nameof(ThuiszitterHistory.SchoolYearStart), nameof(ThuiszitterHistoryRow.AreaId));
            row.Property(r => r.AreaId).ValueGeneratedNever();
            row.Ignore(r => r.Key);
        });
        builder.Navigation(h => h.Rows).HasField("_rows").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal static class HistoryTables
{
    public static void Configure<THistory, TRow>(EntityTypeBuilder<THistory> builder, string table)
        where THistory : ImportedHistory<TRow>
        where TRow : class, IHistoryRow<TRow>
    {
        builder.ToTable(table);
        builder.HasKey(h => h.SchoolYearStart);
        builder.Property(h => h.SchoolYearStart).ValueGeneratedNever();
        builder.Property(h => h.Source).HasMaxLength(200);
        builder.Ignore(h => h.SchoolYear);
        builder.Ignore(h => h.IsImported);
    }
}

internal sealed class SchoolBrinConfiguration : IEntityTypeConfiguration<SchoolBrin>
{
    public void Configure(EntityTypeBuilder<SchoolBrin> builder)
    {
        builder.ToTable("school_brins");
        builder.HasKey(b => b.SchoolId);
        builder.Property(b => b.SchoolId).ValueGeneratedNever();
        builder.Property(b => b.Brin).HasMaxLength(16);
        builder.HasIndex(b => b.Brin).IsUnique();
    }
}

internal sealed class FiguresClosureConfiguration : IEntityTypeConfiguration<FiguresClosure>
{
    public void Configure(EntityTypeBuilder<FiguresClosure> builder)
    {
        builder.ToTable("school_year_figures_closures");
        builder.HasKey(c => c.SchoolYearStart);
        builder.Property(c => c.SchoolYearStart).ValueGeneratedNever();
    }
}
