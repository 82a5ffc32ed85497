using GeenKindDeBuurtUit.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public const string RecordsTable = "records";
    public const string AppendOnlyTrigger = "records_append_only";

    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable(RecordsTable);

        // The sequence is the key: two appends that both think they come next cannot both commit.
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.Property(r => r.Actor).HasMaxLength(AuditRecord.ActorLength);
        builder.Property(r => r.Roles).HasMaxLength(AuditRecord.RolesLength);
        builder.Property(r => r.Action).HasMaxLength(AuditRecord.ActionLength);
        builder.Property(r => r.ObjectType).HasMaxLength(AuditRecord.ObjectTypeLength);
        builder.Property(r => r.ObjectId).HasMaxLength(AuditRecord.ObjectIdLength);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.ClientAddress).HasMaxLength(45);
        builder.Property(r => r.Detail).HasMaxLength(AuditRecord.DetailLength);
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(r => r.ObjectId);
        builder.HasIndex(r => new { r.Actor, r.RecordedAt });
        builder.HasIndex(r => r.RecordedAt);
    }
}

internal sealed class ChainHeadConfiguration : IEntityTypeConfiguration<ChainHead>
{
    public void Configure(EntityTypeBuilder<ChainHead> builder)
    {
        builder.ToTable("chain_head");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();

        // An append moves the head only if it still stands where the append read it.
        builder.Property(h => h.Sequence).IsConcurrencyToken();
        builder.Property(h => h.Hash).HasMaxLength(64).IsFixedLength();
        builder.Property(h => h.Seal).HasMaxLength(64).IsFixedLength();
        builder.Ignore(h => h.AwaitsSeal);
        builder.HasData(ChainHead.Genesis());
    }
}
