using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal sealed class AgreementRevisionConfiguration : IEntityTypeConfiguration<AgreementRevision>
{
    public void Configure(EntityTypeBuilder<AgreementRevision> builder)
    {
        builder.ToTable("agreement_revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ChangedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.SchoolYearStart, r.AreaId, r.ChangedAt });
        builder.ComplexProperty(r => r.Before, AgreementColumns.Configure);
        builder.ComplexProperty(r => r.After, AgreementColumns.Configure);
    }
}
