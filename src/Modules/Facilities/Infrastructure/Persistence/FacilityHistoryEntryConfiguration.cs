using System.Text.Json;
using GeenKindDeBuurtUit.Facilities.Domain.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

internal sealed class FacilityHistoryEntryConfiguration : IEntityTypeConfiguration<FacilityHistoryEntry>
{
    // An entry is written once and never changed: its changes travel as one JSON text.
    private static readonly ValueConverter<IReadOnlyList<FieldChange>, string> ChangesAsJson = new(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
        v => JsonSerializer.Deserialize<List<FieldChange>>(v, JsonSerializerOptions.Web) ?? new List<FieldChange>());

    private static readonly ValueComparer<IReadOnlyList<FieldChange>> ChangesComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b), v => v.Count, v => v.ToList());

    public void Configure(EntityTypeBuilder<FacilityHistoryEntry> builder)
    {
        builder.ToTable("history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.By).HasMaxLength(200);
        builder.Property(e => e.At).HasConversion(UtcDateTime.Converter);
        builder.Property(e => e.Changes).HasConversion(ChangesAsJson, ChangesComparer);
        builder.HasIndex(e => new { e.FacilityId, e.At });
    }
}
