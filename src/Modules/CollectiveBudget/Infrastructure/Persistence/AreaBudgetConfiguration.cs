using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal sealed class AreaBudgetConfiguration : IEntityTypeConfiguration<AreaBudget>
{
    public void Configure(EntityTypeBuilder<AreaBudget> builder)
    {
        builder.ToTable("area_budgets");
        builder.HasKey(b => new { b.SchoolYearStart, b.AreaId });
        builder.Property(b => b.ClosedBy).HasMaxLength(200);
        builder.Property(b => b.ClosedBaselineSource).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(b => b.SchoolYear);
        builder.Ignore(b => b.IsClosed);
        builder.Ignore(b => b.Figures);

        builder.ComplexProperty(b => b.Agreement, AgreementColumns.Configure);
        builder.ComplexProperty(b => b.ClosedBaseline);
        builder.ComplexProperty(b => b.ClosedActual);

        // The ledger is append-only: a budget with entries cannot be deleted, not even by accident.
        builder.HasMany(b => b.Entries).WithOne().HasForeignKey(e => new { e.SchoolYearStart, e.AreaId }).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(b => b.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
