using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure;

internal sealed class ClosedSchoolYearConfiguration : IEntityTypeConfiguration<ClosedSchoolYear>
{
    public void Configure(EntityTypeBuilder<ClosedSchoolYear> builder)
    {
        builder.ToTable("closed_school_years");
        builder.HasKey(c => new { c.AreaId, c.SchoolYearStart });
    }
}
