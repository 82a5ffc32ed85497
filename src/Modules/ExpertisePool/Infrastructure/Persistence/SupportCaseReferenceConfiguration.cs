using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class SupportCaseReferenceConfiguration : IEntityTypeConfiguration<SupportCaseReference>
{
    public void Configure(EntityTypeBuilder<SupportCaseReference> builder)
    {
        builder.ToTable("support_cases");
        builder.HasKey(c => c.CaseId);
        builder.Property(c => c.CaseId).ValueGeneratedNever();
    }
}
