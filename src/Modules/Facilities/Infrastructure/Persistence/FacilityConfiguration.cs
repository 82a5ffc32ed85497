using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.ToTable("facilities");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(f => f.Description).HasMaxLength(FacilityBody.MaxDescription);
        builder.Property(f => f.Address).HasMaxLength(FacilityBody.MaxAddress);
        builder.Property(f => f.ContactUrl).HasMaxLength(FacilityBody.MaxUrl);
        builder.Property(f => f.ContactPhone).HasMaxLength(FacilityBody.MaxPhone);
        builder.Property(f => f.ContactEmail).HasMaxLength(FacilityBody.MaxEmail);
        builder.Property(f => f.StewardSub).HasMaxLength(FacilityBody.MaxSub);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.WithdrawalReason).HasMaxLength(1000);
        builder.Property(f => f.ConfirmedAt).HasConversion(UtcDateTime.Converter);
        builder.PrimitiveCollection(f => f.Offers).ElementType(e => e.HasConversion<string>()).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(f => f.Location);
        builder.Ignore(f => f.OpenClosedReports);
        builder.Ignore(f => f.IsOnMap);
        builder.HasIndex(f => new { f.Status, f.AreaId, f.Kind });
        builder.HasIndex(f => new { f.Latitude, f.Longitude });
        builder.HasIndex(f => f.StewardSub);

        builder.OwnsMany(f => f.Reports, report =>
        {
            report.ToTable("reports");
            report.WithOwner().HasForeignKey("FacilityId");
            report.HasKey(r => r.Id);
            report.Property(r => r.Id).ValueGeneratedNever();
            report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.Note).HasMaxLength(1000);
            report.Property(r => r.ReporterSub).HasMaxLength(FacilityBody.MaxSub);
            report.Property(r => r.ReportedAt).HasConversion(UtcDateTime.Converter);
            report.Ignore(r => r.Reporter);
        });
        builder.Navigation(f => f.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Never loaded with the facility: new entries are added through it, the history is read by its own query.
        builder.HasMany(f => f.History).WithOne().HasForeignKey(e => e.FacilityId);
        builder.Navigation(f => f.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
