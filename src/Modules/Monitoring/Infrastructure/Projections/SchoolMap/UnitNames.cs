using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.SchoolMap;

internal static class UnitNames
{
    /// <summary>Records or updates a name. Events written before names travelled with them carry none: those keep what is known.</summary>
    public static async Task NameAsync(this MonitoringDbContext context, Guid id, UnitLevel level, string? name, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var known = await context.UnitNames.FindAsync([id], cancellationToken);
        if (known is null)
        {
            context.UnitNames.Add(UnitName.Create(id, level, name, asOf.UtcDateTime));
        }
        else
        {
            known.Rename(name, asOf.UtcDateTime);
        }
    }
}
