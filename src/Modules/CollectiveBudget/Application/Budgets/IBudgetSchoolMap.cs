using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>This module's copy of the school map (fed by the Neighbourhoods module's events). Areas, clusters and boards are known through their schools.</summary>
public interface IBudgetSchoolMap
{
    Task<IReadOnlyList<PlacedSchool>> AllAsync(CancellationToken cancellationToken);

    /// <summary>The schools the area holds now; none for an area nobody registered a school in.</summary>
    Task<IReadOnlyList<PlacedSchool>> InAreaAsync(Guid areaId, CancellationToken cancellationToken);
}

public static class SchoolMapQueries
{
    public static bool HasArea(this IEnumerable<PlacedSchool> schools, Guid areaId) => schools.Any(s => s.AreaId == areaId);

    public static bool HasBoard(this IEnumerable<PlacedSchool> schools, Guid boardId) => schools.Any(s => s.BoardId == boardId);

    public static bool HasBoardInArea(this IEnumerable<PlacedSchool> schools, Guid boardId, Guid areaId) =>
        schools.Any(s => s.BoardId == boardId && s.AreaId == areaId);
}
