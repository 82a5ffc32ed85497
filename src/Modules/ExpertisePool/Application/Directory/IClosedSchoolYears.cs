using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Directory;

/// <summary>The school years each area's budget has closed, as this module learned them from the Collective Budget module's events.</summary>
public interface IClosedSchoolYears
{
    Task<bool> IsClosedAsync(Guid areaId, SchoolYear schoolYear, CancellationToken cancellationToken);
}
