using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class ExpertiseRequestConfiguration : IEntityTypeConfiguration<ExpertiseRequest>
{
    public void Configure(EntityTypeBuilder<ExpertiseRequest> builder)
    {
        builder.ToTable("requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Expertise).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Hours).HasPrecision(6, 2);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.CancellationReason).HasMaxLength(1000);
        builder.Property(r => r.RequestedAt).HasConversion(UtcDateTime.Converter);
        builder.Property(r => r.AssignedAt).HasConversion(UtcDateTime.NullableConverter);
        builder.PrimitiveCollection(r => r.RequestingSchoolIds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.IsClusterRequest);
        builder.Ignore(r => r.HoursLogged);
        builder.Ignore(r => r.HoursRemaining);
        builder.HasIndex(r => new { r.Status, r.AreaId, r.Expertise });
        builder.HasIndex(r => new { r.ProfessionalId, r.Status });
        builder.HasIndex(r => r.SchoolId);
        builder.HasIndex(r => r.ClusterId);

        builder.OwnsMany(r => r.TimeEntries, entry =>
        {
            entry.ToTable("time_entries");
            entry.WithOwner().HasForeignKey("RequestId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Hours).HasPrecision(6, 2);
            entry.Property(e => e.LoggedAt).HasConversion(UtcDateTime.Converter);
            entry.HasIndex(e => new { e.ProfessionalId, e.On });
        });
        builder.Navigation(r => r.TimeEntries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
