using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(400);
        builder.Property(m => m.LockedBy).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
        builder.HasIndex(m => m.SupportCaseId);
    }
}
