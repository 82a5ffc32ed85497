using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;

public static class SchoolMapExtensions
{
    public static DbSet<SchoolPlacement> SchoolPlacements(this ModuleDbContext context) => context.Set<SchoolPlacement>();

    /// <summary>Records a school's placement from a registration or a move; order of arrival does not matter.</summary>
    public static async Task PlaceSchoolAsync(
        this ModuleDbContext context, Guid schoolId, Guid boardId, Guid clusterId, Guid areaId, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var placements = context.SchoolPlacements();
        var placement = await placements.SingleOrDefaultAsync(p => p.SchoolId == schoolId, cancellationToken);
        if (placement is null)
        {
            placements.Add(SchoolPlacement.Create(schoolId, boardId, clusterId, areaId, asOf.UtcDateTime));
        }
        else
        {
            placement.Apply(boardId, clusterId, areaId, asOf.UtcDateTime);
        }
    }
}
