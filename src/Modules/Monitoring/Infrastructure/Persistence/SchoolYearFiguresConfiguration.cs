using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class SchoolYearFiguresConfiguration : IEntityTypeConfiguration<SchoolYearFigures>
{
    public void Configure(EntityTypeBuilder<SchoolYearFigures> builder)
    {
        builder.ToTable("school_year_figures");
        builder.HasKey(f => f.SchoolYearStart);
        builder.Property(f => f.SchoolYearStart).ValueGeneratedNever();
        builder.Property(f => f.ClosedBy).HasMaxLength(200);
        builder.Ignore(f => f.SchoolYear);
        builder.Ignore(f => f.Status);
        builder.OwnsMany(f => f.History, step =>
        {
            // The steps of a year are numbered by its revision: a step is never changed or removed.
            step.ToTable("school_year_figures_steps");
            step.WithOwner().HasForeignKey("SchoolYearStart");
            step.HasKey("SchoolYearStart", nameof(FiguresStep.Revision));
            step.Property(s => s.Revision).ValueGeneratedNever();
            step.Property(s => s.Action).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.By).HasMaxLength(200);
            step.Property(s => s.Text).HasMaxLength(FiguresStep.MaxTextLength);
        });
        builder.Navigation(f => f.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
