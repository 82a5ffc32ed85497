using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

public interface IAreaBudgetRepository
{
    /// <summary>The budget with its whole ledger, or null when nothing was ever agreed or booked for it.</summary>
    Task<AreaBudget?> FindAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);

    /// <summary>The same, for an answer that changes nothing: not tracked, so a change to it is never saved.</summary>
    Task<AreaBudget?> ReadAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);

    void Add(AreaBudget budget);

    /// <summary>Whether the board booked a contribution under this reference in any area and school year.</summary>
    Task<bool> HasContributionAsync(Guid boardId, string externalRef, CancellationToken cancellationToken);

    Task<IReadOnlyList<(SchoolYear SchoolYear, Guid AreaId)>> ListOpenAsync(CancellationToken cancellationToken);
}
