using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

internal sealed class ExpertiseRequestFactConfiguration : IEntityTypeConfiguration<ExpertiseRequestFact>
{
    public void Configure(EntityTypeBuilder<ExpertiseRequestFact> builder)
    {
        builder.ToTable("expertise_requests");
        builder.HasKey(r => r.RequestId);
        builder.Property(r => r.RequestId).ValueGeneratedNever();
        builder.Property(r => r.Expertise).HasMaxLength(32);
        builder.Ignore(r => r.IsWaiting);
        builder.HasIndex(r => r.AreaId);
    }
}

internal sealed class ExpertiseHoursFactConfiguration : IEntityTypeConfiguration<ExpertiseHoursFact>
{
    public void Configure(EntityTypeBuilder<ExpertiseHoursFact> builder)
    {
        builder.ToTable("expertise_hours");
        builder.HasKey(h => h.EntryId);
        builder.Property(h => h.EntryId).ValueGeneratedNever();
        builder.Property(h => h.Expertise).HasMaxLength(32);
        builder.Property(h => h.Hours).HasPrecision(6, 2);
        builder.HasIndex(h => new { h.AreaId, h.On });
    }
}

internal sealed class BudgetFactConfiguration : IEntityTypeConfiguration<BudgetFact>
{
    public void Configure(EntityTypeBuilder<BudgetFact> builder)
    {
        builder.ToTable("budgets");
        builder.HasKey(b => new { b.SchoolYearStart, b.AreaId });
        builder.Property(b => b.Pooled).HasPrecision(18, 2);
        builder.Property(b => b.FreedFunds).HasPrecision(18, 2);
        builder.Property(b => b.Allocated).HasPrecision(18, 2);
        builder.Property(b => b.Spent).HasPrecision(18, 2);
    }
}
