using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        // The feed pages by the order of writing, which only a number the database gives can tell;
        // the CloudEvent id stays unique and is what deliveries point at.
        builder.HasKey(n => n.Position);
        builder.Property(n => n.Position).ValueGeneratedOnAdd();
        builder.HasAlternateKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Type).HasMaxLength(100);
        builder.Property(n => n.Subject).HasMaxLength(100);
        builder.Property(n => n.DataRef).HasMaxLength(300);
        builder.Property(n => n.Data).HasMaxLength(2000);
        builder.Property(n => n.RecipientSubject).HasMaxLength(200);
        builder.Ignore(n => n.Scope);
        builder.HasIndex(n => n.Subject);
    }
}
