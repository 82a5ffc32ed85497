using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.SchoolMap;

/// <summary>
/// The name of an area, cluster, school or board, as the Neighbourhoods module's events last gave
/// it: this module's own copy, so the ledger export shows names next to ids without asking
/// another module.
/// </summary>
internal sealed class KnownName
{
    public KnownName(Guid id, string name) => (Id, Name) = (id, name);

    public Guid Id { get; private set; }

    public string Name { get; set; }
}

internal sealed class KnownNameConfiguration : IEntityTypeConfiguration<KnownName>
{
    public void Configure(EntityTypeBuilder<KnownName> builder)
    {
        builder.ToTable("names");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Name).HasMaxLength(200);
    }
}
