using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

internal static class ModuleModelConventions
{
    /// <param name="sqliteTablePrefix">On SQLite every module shares one namespace of tables, so each table carries its module's prefix.</param>
    public static void Apply(ModelBuilder modelBuilder, string? sqliteTablePrefix)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (typeof(AggregateRoot).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
                modelBuilder.Entity(entityType.ClrType).Ignore(nameof(Entity.DomainEvents));
            }

            // Owned types with a table of their own need the prefix too; those sharing their
            // owner's table already read the owner's (prefixed) name.
            var table = entityType.GetTableName();
            if (sqliteTablePrefix is not null && table is not null && !table.StartsWith(sqliteTablePrefix + "_", StringComparison.Ordinal))
            {
                entityType.SetTableName($"{sqliteTablePrefix}_{table}");
            }
        }
    }
}
