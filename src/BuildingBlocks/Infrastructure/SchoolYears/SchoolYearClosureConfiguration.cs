using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;

/// <summary>Apply in a module's model to give it its own <c>school_year_closures</c> table.</summary>
public sealed class SchoolYearClosureConfiguration : IEntityTypeConfiguration<SchoolYearClosure>
{
    public void Configure(EntityTypeBuilder<SchoolYearClosure> builder)
    {
        builder.ToTable("school_year_closures");
        builder.HasKey(c => new { c.AreaId, c.SchoolYearStart });
    }
}
