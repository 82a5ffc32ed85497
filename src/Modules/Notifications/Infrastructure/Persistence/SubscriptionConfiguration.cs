using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Url).HasMaxLength(SubscriptionLimits.UrlLength);
        builder.Property(s => s.Description).HasMaxLength(SubscriptionLimits.DescriptionLength);
        builder.Property(s => s.OwnerSubject).HasMaxLength(200);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(400);
        builder.Property(s => s.PreviousProtectedSecret).HasMaxLength(400);
        builder.PrimitiveCollection(s => s.Types).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(s => s.OwnerRoles).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(s => s.OwnerSchoolIds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(s => s.OwnerBoardIds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.Owner);
        builder.HasIndex(s => s.OwnerSubject);
        builder.HasIndex(s => s.Status);
    }
}
